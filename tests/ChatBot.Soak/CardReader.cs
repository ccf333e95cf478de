using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatBot.Soak;

/// <summary>
/// Reads an Adaptive Card as the bot draws it (see tests/ChatBot.Tests/Cards/Golden): a statement is a RichTextBlock
/// of "N. title" in bold and " — description" (or "N. description" when it has no title), then perhaps what it
/// cites; statements in folded sections are read like the others; buttons are
/// Action.Submit or Action.Execute with data, in action sets or the card's own actions (an Action.Execute's
/// Action.Submit fallback is the same button for older hosts, not another one).
/// </summary>
internal static partial class CardReader
{
    public static List<string> Statements(JsonElement card)
    {
        var statements = new List<string>();
        foreach (var block in Elements(card).Where(element => TypeOf(element) == "RichTextBlock"))
        {
            if (!block.TryGetProperty("inlines", out var inlines) || inlines.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var runs = inlines.EnumerateArray().Select(run => run.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "").ToList();
            if (runs.Count == 0 || Numbered().Match(runs[0]) is not { Success: true } number || number.Length == runs[0].Length)
            {
                continue;
            }

            statements.Add(runs.Count > 1 && runs[1].StartsWith(" — ", StringComparison.Ordinal) ? runs[0][number.Length..] + runs[1] : runs[0][number.Length..]);
        }

        return statements;
    }

    public static List<CardButton> Buttons(JsonElement card) =>
        [.. Elements(card)
            .Where(element => TypeOf(element) is "Action.Submit" or "Action.Execute")
            .Where(action => action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
            .Select(action => new CardButton(action.TryGetProperty("title", out var title) ? title.GetString() ?? "" : "", action.GetProperty("data").Clone()))];

    /// <summary>Every object in the card, depth first in document order.</summary>
    private static IEnumerable<JsonElement> Elements(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            yield return node;
            foreach (var property in node.EnumerateObject().Where(property => property.Name != "fallback"))
            {
                foreach (var inner in Elements(property.Value))
                {
                    yield return inner;
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                foreach (var inner in Elements(item))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string? TypeOf(JsonElement element) =>
        element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;

    [GeneratedRegex(@"^[0-9]+\. ")]
    private static partial Regex Numbered();
}
