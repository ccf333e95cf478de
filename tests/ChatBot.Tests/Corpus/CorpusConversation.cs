using System.Text.Json.Nodes;

namespace ChatBot.Tests.Corpus;

/// <summary>
/// Sends a case's turns to the real host, one conversation per case, shaped as the shared scorer shapes them: a
/// personal chat, or a channel with the bot's mention entity.
/// </summary>
internal static class CorpusConversation
{
    public static async Task<IReadOnlyList<(CorpusTurn Turn, TurnVerdict Verdict, string Reply)>> RunAsync(HttpClient client, CorpusCase corpusCase)
    {
        var conversationId = $"corpus-{corpusCase.Id}-{Guid.NewGuid():N}";
        var results = new List<(CorpusTurn, TurnVerdict, string)>(corpusCase.Turns.Length);
        foreach (var turn in corpusCase.Turns)
        {
            var activity = Activities.Message(turn.Say, conversationId: conversationId);
            if (corpusCase.Mention || turn.Mention || turn.Say.Contains("<at>", StringComparison.OrdinalIgnoreCase))
            {
                InChannel(activity);
            }

            using var response = await Activities.PostAsync(client, activity);
            var reply = response.IsSuccessStatusCode ? ReadableText(await Activities.RepliesAsync(response)) : $"HTTP {(int)response.StatusCode}";
            results.Add((turn, TurnVerdict.Judge(turn, reply), reply));
        }

        return results;
    }

    /// <summary>What the shared scorer reads of a reply: each activity's text and every string of its attachments.</summary>
    private static string ReadableText(JsonArray replies) =>
        string.Concat(replies.Select(reply => $"{(string?)reply!["text"]}\n{Activities.AllText(reply["attachments"])}"));

    private static void InChannel(JsonObject activity)
    {
        activity["conversation"]!["conversationType"] = "channel";
        activity["conversation"]!["isGroup"] = true;
        activity["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
            ["teamsChannelId"] = "19:corpus-channel@thread.tacv2",
            ["teamsTeamId"] = "19:corpus-team@thread.tacv2",
            ["channel"] = new JsonObject { ["id"] = "19:corpus-channel@thread.tacv2" },
            ["team"] = new JsonObject { ["id"] = "19:corpus-team@thread.tacv2" },
        };
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = "28:skills-bot", ["name"] = "Skills Bot" },
            ["text"] = "<at>Skills Bot</at>",
        });
    }
}
