using System.Text;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Hostile;

/// <summary>
/// The hostile corpus: every field of every template activity, in both delivery modes, replaced by each hostile
/// value or removed, plus the structural cases of <see cref="HostileStructures"/>. Generated, so a new template field
/// is covered without writing a case; each case's name says which template, mode, field and value it is.
/// </summary>
internal static class HostileCorpus
{
    private const string Marker = "@@HOSTILE@@";

    /// <summary>Top-level fields every template is mutated at; the message template is mutated at every field.</summary>
    private static readonly HashSet<string> DistinctiveFields = ["type", "channelId", "text", "entities", "value", "name", "membersAdded", "replyToId"];

    /// <summary>Fields that go into the reply's URL or decide where it goes, mutated on the allow-listed serviceUrl too.</summary>
    private static readonly HashSet<string> AddressingFields = ["serviceUrl", "deliveryMode", "id", "conversation", "replyToId"];

    public static IEnumerable<HostileRequest> Cases() => FieldMutations().Concat(HostileStructures.Cases());

    private static IEnumerable<HostileRequest> FieldMutations()
    {
        var counter = 0;
        foreach (var (template, build) in Templates())
        {
            foreach (var expectReplies in new[] { true, false })
            {
                var mode = expectReplies ? "expectReplies" : "normal";
                foreach (var path in Paths(build(expectReplies), []).Where(path => Mutated(template, path)))
                {
                    var name = Display(path);
                    var maySend = !expectReplies || name.StartsWith("deliveryMode", StringComparison.Ordinal);
                    var typed = name is "id" or "replyToId" or "conversation" or "conversation.id" ? "Conversation" : HostileTemplates.TypedWord;
                    foreach (var (valueName, json) in ValuesFor(path))
                    {
                        var raw = Encoding.UTF8.GetBytes(json.Replace(HostileValues.Typed, typed, StringComparison.Ordinal));
                        yield return new HostileRequest($"{template}/{mode}: {name} = {valueName}", Render(build(expectReplies), path, raw, ++counter), HostileRequest.Json, maySend);
                    }

                    yield return new HostileRequest($"{template}/{mode}: {name} removed", Render(build(expectReplies), path, null, ++counter), HostileRequest.Json, maySend);
                }

                foreach (var (valueName, json) in HostileValues.General)
                {
                    yield return new HostileRequest(
                        $"{template}/{mode}: unknown field = {valueName}",
                        Render(build(expectReplies), ["futureField"], Encoding.UTF8.GetBytes(json.Replace(HostileValues.Typed, HostileTemplates.TypedWord, StringComparison.Ordinal)), ++counter),
                        HostileRequest.Json,
                        !expectReplies);
                }
            }
        }
    }

    private static IEnumerable<(string Name, Func<bool, JsonObject> Build)> Templates() =>
    [
        .. HostileTemplates.All,
        ("message via allow-list", expectReplies =>
        {
            var activity = HostileTemplates.Message(expectReplies);
            activity["serviceUrl"] = HostileTemplates.AllowedServiceUrl;
            return activity;
        }),
    ];

    private static bool Mutated(string template, IReadOnlyList<object> path) => template switch
    {
        "message" => true,
        "message via allow-list" => AddressingFields.Contains((string)path[0]),
        _ => DistinctiveFields.Contains((string)path[0]),
    };

    private static IEnumerable<(string Name, string Json)> ValuesFor(IReadOnlyList<object> path) => path[^1] switch
    {
        "serviceUrl" => [.. HostileValues.General, .. HostileValues.ServiceUrls],
        "type" when path.Count == 1 => [.. HostileValues.General, .. HostileValues.Types],
        "deliveryMode" => [.. HostileValues.General, .. HostileValues.DeliveryModes],
        "timestamp" or "localTimestamp" => [.. HostileValues.General, .. HostileValues.Timestamps],
        "part" => [.. HostileValues.General, .. HostileValues.Parts],
        _ => HostileValues.General,
    };

    /// <summary>Every field and array element under <paramref name="node"/>, parents before children.</summary>
    private static IEnumerable<IReadOnlyList<object>> Paths(JsonNode node, IReadOnlyList<object> at)
    {
        IEnumerable<(object Key, JsonNode? Child)> children = node switch
        {
            JsonObject obj => obj.Select(pair => ((object)pair.Key, pair.Value)),
            JsonArray array => array.Select((child, index) => ((object)index, child)),
            _ => [],
        };
        foreach (var (key, child) in children)
        {
            IReadOnlyList<object> path = [.. at, key];
            yield return path;
            if (child is not null)
            {
                foreach (var below in Paths(child, path))
                {
                    yield return below;
                }
            }
        }
    }

    private static string Display(IReadOnlyList<object> path) =>
        string.Concat(path.Select((key, i) => key is int index ? $"[{index}]" : i == 0 ? (string)key : $".{key}"));

    /// <summary>
    /// The activity as UTF-8 JSON with the field at <paramref name="path"/> replaced by <paramref name="raw"/> bytes
    /// (spliced in as they are, so they need not be valid JSON or UTF-8) or removed when it is null. Each case gets its
    /// own activity id, or the bot would answer only the first (Teams redelivery protection).
    /// </summary>
    public static byte[] Render(JsonObject activity, IReadOnlyList<object> path, byte[]? raw, int caseNumber)
    {
        activity["id"] = $"hostile-{caseNumber}";
        JsonNode parent = activity;
        foreach (var key in path.Take(path.Count - 1))
        {
            parent = (key is int index ? parent[index] : parent[(string)key])!;
        }

        switch (path[^1], raw)
        {
            case (int index, null):
                parent.AsArray().RemoveAt(index);
                break;
            case (string key, null):
                parent.AsObject().Remove(key);
                break;
            case (int index, _):
                parent[index] = Marker;
                break;
            case (string key, _):
                parent[key] = Marker;
                break;
        }

        var json = activity.ToJsonString();
        var at = json.IndexOf($"\"{Marker}\"", StringComparison.Ordinal);
        if (raw is null || at < 0)
        {
            return Encoding.UTF8.GetBytes(json);
        }

        return [.. Encoding.UTF8.GetBytes(json[..at]), .. raw, .. Encoding.UTF8.GetBytes(json[(at + Marker.Length + 2)..])];
    }
}
