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

    public static string Label(RoleLevel level) => level.RoleLabel is null ? "" : $" ({level.RoleLabel})";

    private static StatementsBlock Column(RoleLevel level) =>
        new($"{level.Name}{Label(level)}", level.Statements, ShowCitations: false);

    private static ProficiencyLevel Lower(CompareAnswer answer) => answer.Left.Level < answer.Right.Level ? answer.Left.Level : answer.Right.Level;

    private static ProficiencyLevel Higher(CompareAnswer answer) => answer.Left.Level < answer.Right.Level ? answer.Right.Level : answer.Left.Level;
}
