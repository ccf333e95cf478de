using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.BotProtocol.Schema;
using ChatBot.Cards;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;
using ChatBot.Replies.Views;
using ChatBot.Seeds;

namespace ChatBot.Bot;

/// <summary>
/// The search-based message extension: people search the framework from the compose box and insert an answer card
/// into a chat or channel. Each result is a full card with a thumbnail preview; tapping a preview asks
/// <c>composeExtension/selectItem</c> for the card, which is the answer to the result's question.
/// </summary>
internal static class MessageExtension
{
    public const string QueryName = "composeExtension/query";
    public const string SelectItemName = "composeExtension/selectItem";

    /// <summary>Longer queries are not searched: a search box is for a few words.</summary>
    public const int MaxQueryLength = 200;

    private const int DefaultCount = 10;
    private const int MaxCount = 25;

    /// <summary>The most frameworks a search with no occupation in it looks through.</summary>
    private const int MaxFrameworksSearchedTogether = 25;

    public static JsonObject Query(KnowledgeSnapshot knowledge, Activity activity)
    {
        var value = activity.Value is { ValueKind: JsonValueKind.Object } element ? element : default;
        var (text, initialRun) = Parameter(value);
        var (skip, count) = Paging(value);
        if (initialRun)
        {
            return Results(knowledge, [.. Enum.GetValues<ProficiencyLevel>().Select(level => Ask.Level(level).Question)], skip, count);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Message("Type a few words to search the framework: a level (\"proficient\"), a skill (\"communication\") or a topic (\"radio\").");
        }

        if (text.Length > MaxQueryLength)
        {
            return Message($"That search is too long: use up to {MaxQueryLength} characters, a few words work best.");
        }

        var questions = QuestionsFor(knowledge, text);
        return questions.Count == 0
            ? Message("Nothing in the framework matches that search. Try a level (\"proficient\"), a skill (\"communication\") or a topic (\"radio\").")
            : Results(knowledge, questions, skip, count);
    }

    /// <summary>The full card for a tapped result: the answer to the question the preview carries.</summary>
    public static JsonObject SelectItem(KnowledgeSnapshot knowledge, Activity activity)
    {
        var question = activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("question", out var asked) && asked.ValueKind == JsonValueKind.String
            ? asked.GetString() ?? ""
            : "";
        return question.Length == 0 ? Message("That result is no longer available; search again.") : Results(knowledge, [question], 0, 1);
    }

    /// <summary>
    /// The questions whose answers are the results: the answer the search reads as (a level, a domain, a statement),
    /// then one per statement a keyword search finds, each asked by its title.
    /// </summary>
    private static List<string> QuestionsFor(KnowledgeSnapshot knowledge, string text)
    {
        var questions = new List<string>();
        var question = knowledge.Reader.Read(text);
        var answer = knowledge.Composer.Compose(question);
        if (answer is LevelAnswer or DomainAnswer or CompareAnswer or AiUsageAnswer or StatementAnswer)
        {
            questions.Add(text);
        }

        // A search box is about the store: with no occupation in the query, every framework of a small store is
        // searched. A catalogue is too large for that, and its hits would be ambiguous: the answer asks which occupation.
        IEnumerable<OccupationFramework> frameworks = question is FrameworkQuestion named
            ? [named.Framework]
            : knowledge.Store.Frameworks.Length <= MaxFrameworksSearchedTogether ? knowledge.Store.Frameworks : [];
        var hits = question is SearchQuestion && answer is SearchAnswer found
            ? found.Hits
            : frameworks.SelectMany(framework => (knowledge.Composer.Compose(knowledge.Reader.Search(framework, Words(text))) as SearchAnswer)?.Hits ?? []);
        questions.AddRange(hits.Where(hit => hit.IsStatement && hit.Title is not null).Select(hit => $"What is {hit.Title}?"));
        return [.. questions.Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', '.', '?', '!', ';', ':'], StringSplitOptions.RemoveEmptyEntries).Select(word => word.ToLowerInvariant());

    private static JsonObject Results(KnowledgeSnapshot knowledge, IReadOnlyList<string> questions, int skip, int count)
    {
        var attachments = new JsonArray();
        foreach (var question in questions.Skip(skip).Take(count))
        {
            var view = AnswerViews.For(knowledge.Composer.Compose(knowledge.Reader.Read(question)));
            var card = JsonSerializer.SerializeToNode(CardRenderer.Render(view), Cards.Model.CardJsonContext.Default.AdaptiveCard);
            attachments.Add(new JsonObject
            {
                ["contentType"] = Cards.Model.AdaptiveCard.ContentType,
                ["content"] = card,
                ["preview"] = new JsonObject
                {
                    ["contentType"] = "application/vnd.microsoft.card.thumbnail",
                    ["content"] = new JsonObject
                    {
                        ["title"] = view.Heading,
                        ["text"] = view.Lead,
                        ["tap"] = new JsonObject { ["type"] = "invoke", ["value"] = new JsonObject { ["question"] = question } },
                    },
                },
            });
        }

        return new JsonObject { ["composeExtension"] = new JsonObject { ["type"] = "result", ["attachmentLayout"] = "list", ["attachments"] = attachments } };
    }

    private static JsonObject Message(string text) =>
        new() { ["composeExtension"] = new JsonObject { ["type"] = "message", ["text"] = text } };

    private static (string Text, bool InitialRun) Parameter(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("parameters", out var parameters) || parameters.ValueKind != JsonValueKind.Array)
        {
            return ("", false);
        }

        foreach (var parameter in parameters.EnumerateArray())
        {
            if (parameter.ValueKind != JsonValueKind.Object || !parameter.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var text = parameter.TryGetProperty("value", out var given) && given.ValueKind == JsonValueKind.String ? given.GetString() ?? "" : "";
            if (name.GetString() == "initialRun")
            {
                return ("", true);
            }

            return (text.Trim(), false);
        }

        return ("", false);
    }

    private static (int Skip, int Count) Paging(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("queryOptions", out var options) || options.ValueKind != JsonValueKind.Object)
        {
            return (0, DefaultCount);
        }

        var skip = options.TryGetProperty("skip", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var sv) ? Math.Max(0, sv) : 0;
        var count = options.TryGetProperty("count", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var cv) ? Math.Clamp(cv, 1, MaxCount) : DefaultCount;
        return (skip, count);
    }
}
