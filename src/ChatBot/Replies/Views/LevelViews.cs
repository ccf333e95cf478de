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
        blocks.Add(new StatementsBlock($"What the framework expects at this level ({level.Statements.Length} statements)", level.Statements, ShowCitations: false));
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

    public static AnswerView Progression(ProgressionAnswer answer)
    {
        var to = answer.To;
        var blocks = new List<ViewBlock>
        {
            new NoteBlock($"Moving from {answer.From.Name}{Label(answer.From)} to {to.Name}{Label(to)}: these are the {to.Name} expectations, which replace the {answer.From.Name} ones.", Emphasis: true),
            new StatementsBlock($"{to.Name} level statements", to.Statements, ShowCitations: false),
        };
        if (answer.AiUsage is { } ai)
        {
            blocks.Add(new StatementsBlock($"AI use at {to.Name}", ai.Statements, ShowCitations: true));
        }

        blocks.AddRange(answer.Domains.Select(domain =>
            new StatementsBlock($"{domain.Domain.Name} · {domain.Group.LevelName}", domain.Group.Statements, ShowCitations: true)));
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = $"From {answer.From.Name} to {to.Name}",
            SelfContainedQuestion = Ask.Progression(answer.From.Level, to.Level).Question,
            Subheading = to.RoleLabel,
            Lead = $"From {answer.From.Name} to {to.Name}{Label(to)}: the {to.Statements.Length} {to.Name} statements, its AI use and its durable skills.",
            Blocks = [.. blocks],
            Sources = answer.Sources,
            NextQuestions = [Ask.Compare(answer.From.Level, to.Level), Ask.Level(to.Level), Ask.Ai(to.Level), Ask.Sources],
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

    public static string Label(RoleLevel level) => level.RoleLabel is null ? "" : $" ({level.RoleLabel})";

    private static StatementsBlock Column(RoleLevel level) =>
        new($"{level.Name}{Label(level)}", level.Statements, ShowCitations: false);

    private static ProficiencyLevel Lower(CompareAnswer answer) => answer.Left.Level < answer.Right.Level ? answer.Left.Level : answer.Right.Level;

    private static ProficiencyLevel Higher(CompareAnswer answer) => answer.Left.Level < answer.Right.Level ? answer.Right.Level : answer.Left.Level;
}
