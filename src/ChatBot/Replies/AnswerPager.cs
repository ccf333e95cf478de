using ChatBot.Replies.Views;

namespace ChatBot.Replies;

/// <summary>
/// Splits a long answer into parts that each fit the reply budget, block by block, never cutting a block: every
/// statement of the answer is on exactly one part, and each part but the last ends with "Show more".
/// </summary>
internal static class AnswerPager
{
    /// <summary>Replies stay under this many bytes of JSON; Teams refuses bot messages over about 100 KB.</summary>
    public const int ReplyBudgetBytes = 40_000;

    /// <param name="view">The whole answer.</param>
    /// <param name="question">The question, for the "Show more" button to ask again.</param>
    /// <param name="size">The JSON size of the reply that would carry a view.</param>
    /// <param name="budget">The most bytes a part's reply may take.</param>
    public static IReadOnlyList<AnswerView> Split(AnswerView view, string question, Func<AnswerView, int> size, int budget = ReplyBudgetBytes)
    {
        if (size(view) <= budget)
        {
            return [view];
        }

        question = view.SelfContainedQuestion ?? question;
        var parts = new List<List<ViewBlock>> { new() };
        foreach (var block in view.Blocks)
        {
            var current = parts[^1];
            current.Add(block);
            if (current.Count > 1 && size(Part(view, current, 1, 2, question)) > budget)
            {
                current.RemoveAt(current.Count - 1);
                parts.Add([block]);
            }
        }

        return [.. parts.Select((blocks, index) => Part(view, blocks, index + 1, parts.Count, question))];
    }

    private static AnswerView Part(AnswerView view, List<ViewBlock> blocks, int part, int parts, string question) => view with
    {
        Heading = $"{view.Heading} (part {part} of {parts})",
        Lead = $"{view.Lead} (Part {part} of {parts}.)",
        Blocks = [.. blocks],
        Sources = view.Sources,
        NextQuestions = part < parts
            ? [new NextQuestion($"Show more (part {part + 1} of {parts})", question, part + 1), .. view.NextQuestions.Take(3)]
            : view.NextQuestions,
    };
}
