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
            var ruledOut = fit.RuledOut.IsEmpty ? "" : $"; not yet: {string.Join(", ", fit.RuledOut.Select(cue => $"\"{cue}\""))}";
            blocks.Add(new NoteBlock($"Best fit for the person you describe: {level.Name}{Label(level)}. What you said that points there: {string.Join(", ", fit.Cues.Select(cue => $"\"{cue}\""))}{ruledOut}.", Emphasis: true));
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

    /// <summary>
    /// What the target level asks for, in full: the level statements, its AI use and its durable skills. Long (some
    /// forty statements), so a sentence of counts comes first and each part folds.
    /// </summary>
    public static AnswerView Progression(ProgressionAnswer answer)
    {
        var (from, to) = (answer.From, answer.To);
        var durable = answer.Domains.Sum(domain => domain.Group.Statements.Length);
        var blocks = new List<ViewBlock>
        {
            new NoteBlock(
                $"Moving from {from.Name}{Label(from)} to {to.Name}{Label(to)}: the {Count(to.Statements.Length, "statement")} of {to.Name} replace the {from.Statements.Length} of {from.Name}, "
                + $"with {Count(answer.AiUsage?.Statements.Length ?? 0, "statement")} on AI use and {Count(durable, "durable-skill statement")} in {Count(answer.Domains.Length, "domain")}.",
                Emphasis: true),
            new SectionBlock($"{to.Name} level statements", Count(to.Statements.Length, "statement"), [new StatementsBlock(null, to.Statements, Sourcing.FrameworkWide)]),
        };
        if (answer.AiUsage is { } ai)
        {
            blocks.Add(new SectionBlock($"AI use at {to.Name}", Count(ai.Statements.Length, "statement"), [new StatementsBlock(null, ai.Statements, Sourcing.PerStatement)]));
        }

        blocks.AddRange(answer.Domains.Select(domain => new SectionBlock(
            $"{domain.Domain.Name} · {domain.Group.LevelName}", Count(domain.Group.Statements.Length, "statement"), [new StatementsBlock(null, domain.Group.Statements, Sourcing.PerStatement)])));
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = $"From {from.Name} to {to.Name}",
            SelfContainedQuestion = Ask.Progression(from.Level, to.Level).Question,
            Subheading = to.RoleLabel,
            Lead = $"From {from.Name} to {to.Name}{Label(to)}: the {to.Statements.Length} {to.Name} statements, its AI use and its durable skills.",
            Blocks = [.. blocks],
            Sources = answer.Sources,
            NextQuestions = [Ask.Compare(from.Level, to.Level), Ask.Level(to.Level), Ask.Ai(to.Level), Ask.Sources],
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
