using System.Collections.Immutable;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;

namespace ChatBot.Replies.Views;

/// <summary>Views of the role ladder: one level, two levels side by side, and the step between them.</summary>
internal static class LevelViews
{
    public static AnswerView Level(LevelAnswer answer)
    {
        var level = answer.Level;
        var blocks = new List<ViewBlock>();
        if (answer.Fit is { } fit)
        {
            var ruledOut = fit.RuledOut.IsEmpty ? "" : $" Not yet: {string.Join(", ", fit.RuledOut.Select(cue => $"\"{cue}\""))}.";
            var cues = fit.Cues.IsEmpty ? "" : $" What you said that points there: {string.Join(", ", fit.Cues.Select(cue => $"\"{cue}\""))}.";
            var closest = fit.Closest.IsEmpty ? "" : $" Closest statements at this level: {string.Join("; ", fit.Closest)}.";
            blocks.Add(new NoteBlock($"Best fit for the person you describe: {level.Name}{Label(level)}.{closest}{cues}{ruledOut}", Emphasis: true));
        }

        blocks.Add(new LadderBlock(answer.Framework.Levels, level.Level));
        blocks.Add(new StatementsBlock($"What the framework expects at this level ({level.Statements.Length} statements)", level.Statements, Sourcing.FrameworkWide));
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = $"{level.Name} level",
            SelfContainedQuestion = Ask.Level(level.Level).Question,
            Subheading = level.RoleLabel,
            Lead = $"{level.Name}{Label(level)}: what the {answer.Framework.Occupation.Title} framework expects ({level.Statements.Length} statements).",
            Blocks = [.. blocks],
            Sources = answer.Sources,
            NextQuestions = [.. Ask.AroundLevel(level.Level)],
        };
    }

    public static AnswerView Compare(CompareAnswer answer) => new()
    {
        Framework = answer.Framework,
        Heading = $"{answer.Left.Name} compared with {answer.Right.Name}",
        SelfContainedQuestion = $"Compare {answer.Left.Name} and {answer.Right.Name}",
        Subheading = $"{answer.Left.RoleLabel} · {answer.Right.RoleLabel}",
        Lead = $"{answer.Left.Name}{Label(answer.Left)} and {answer.Right.Name}{Label(answer.Right)} side by side, statement by statement.",
        Blocks = [new ColumnsBlock(Column(answer.Left), Column(answer.Right))],
        Sources = answer.Sources,
        NextQuestions = [Ask.Level(answer.Left.Level), Ask.Level(answer.Right.Level), Ask.Progression(Lower(answer), Higher(answer)), Ask.Sources],
    };

    /// <summary>What the target level asks for: its statements, after those of any level the move passes through.</summary>
    public static AnswerView Progression(ProgressionAnswer answer)
    {
        var (from, to) = (answer.From, answer.To);
        var passed = answer.Between.IsEmpty ? "" : $", after the {string.Join(" and ", answer.Between.Select(level => $"{level.Statements.Length} of {level.Name}"))} on the way";
        var blocks = new List<ViewBlock>
        {
            new NoteBlock($"Moving from {from.Name}{Label(from)} to {to.Name}{Label(to)}: the {Count(to.Statements.Length, "statement")} of {to.Name} replace the {from.Statements.Length} of {from.Name}{passed}.", Emphasis: true),
        };

        // A move that skips a level passes through it: its statements come first, as the step on the way.
        blocks.AddRange(answer.Between.Select(between => new SectionBlock(
            $"On the way: {between.Name} level statements", Count(between.Statements.Length, "statement"), [new StatementsBlock(null, between.Statements, Sourcing.FrameworkWide)])));
        blocks.Add(new StatementsBlock($"{to.Name} level statements", to.Statements, Sourcing.FrameworkWide));
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = $"From {from.Name} to {to.Name}",
            SelfContainedQuestion = Ask.Progression(from.Level, to.Level).Question,
            Subheading = to.RoleLabel,
            Lead = $"From {from.Name} to {to.Name}{Label(to)}: the {to.Statements.Length} {to.Name} statements.",
            Blocks = [.. blocks],
            Sources = answer.Sources,
            NextQuestions = [Ask.Ai(to.Level), Ask.DurableSkills(to.Level), Ask.Compare(from.Level, to.Level), Ask.Sources],
        };
    }

    /// <summary>The ladder: each level with its role label and how many statements each section holds there.</summary>
    public static AnswerView Ladder(LadderAnswer answer)
    {
        var framework = answer.Framework;
        var rows = framework.Levels.Select(level =>
        {
            var ai = framework.FindAiUsage(level.Level)?.Statements.Length ?? 0;
            var durable = framework.Domains.Sum(domain => domain.Groups.Where(group => group.Level == level.Level).Sum(group => group.Statements.Length));
            return ($"{(int)level.Level}. {level.Name}{Label(level)}", $"{level.Statements.Length} level statements, {ai} AI-use statements, {durable} durable-skill statements");
        }).ToImmutableArray();
        var total = framework.Levels.Sum(level => level.Statements.Length);
        return new AnswerView
        {
            Framework = framework,
            Heading = $"The {framework.Levels.Length} levels",
            Subheading = "Lowest to highest",
            Lead = $"The {framework.Occupation.Title} framework has {framework.Levels.Length} levels, lowest first: {string.Join(", ", framework.Levels.Select(level => $"{level.Name}{Label(level)}"))}; {total} level statements in all.",
            Blocks = [new LadderBlock(framework.Levels, framework.Levels.IsEmpty ? ProficiencyLevel.Emerging : framework.Levels[0].Level), new FactsBlock(null, rows)],
            Sources = answer.Sources,
            NextQuestions = [.. framework.Levels.Select(level => Ask.Level(level.Level)), Ask.Domains],
        };
    }

    /// <summary>"1 statement", "10 statements".</summary>
    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    public static string Label(RoleLevel level) => level.RoleLabel is null ? "" : $" ({level.RoleLabel})";

    private static StatementsBlock Column(RoleLevel level) =>
        new($"{level.Name}{Label(level)}", level.Statements, Sourcing.FrameworkWide);

    private static ProficiencyLevel Lower(CompareAnswer answer) => answer.Left.Level < answer.Right.Level ? answer.Left.Level : answer.Right.Level;

    private static ProficiencyLevel Higher(CompareAnswer answer) => answer.Left.Level < answer.Right.Level ? answer.Right.Level : answer.Left.Level;
}
