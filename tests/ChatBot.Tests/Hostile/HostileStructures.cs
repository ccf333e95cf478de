using System.Text;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Hostile;

/// <summary>
/// The corpus cases that are not one field replaced: truncated and invalid JSON, invalid UTF-8, nesting past the
/// depth limit at every place a body can nest, oversized bodies, content types, mention floods, unknown shapes of
/// attachments, entities and card values, and risky serviceUrls under every delivery mode.
/// </summary>
internal static class HostileStructures
{
    private static int _counter = 1_000_000;

    public static IEnumerable<HostileRequest> Cases() =>
    [
        .. Truncations(), .. NotActivities(), .. InvalidUtf8(), .. Depths(), .. Oversized(), .. ContentTypes(),
        .. Mentions(), .. Shapes(), .. ServiceUrlsUnderEveryMode(),
    ];

    private static IEnumerable<HostileRequest> Truncations()
    {
        foreach (var (template, build) in new (string, Func<bool, JsonObject>)[] { ("message", HostileTemplates.Message), ("execute", HostileTemplates.Execute) })
        {
            var body = Body(build(true));
            for (var i = 0; i < 20; i++)
            {
                var length = body.Length * i / 20;
                yield return Json($"{template}: truncated to {length} of {body.Length} bytes", body[..length], maySend: false);
            }

            yield return Json($"{template}: last byte cut", body[..^1], maySend: false);
        }
    }

    private static IEnumerable<HostileRequest> NotActivities()
    {
        string[] bodies =
        [
            "", " ", "\n", "null", "true", "1", "\"message\"", "[]", "[{\"type\":\"message\",\"deliveryMode\":\"expectReplies\"}]", "{}", "{\"type\":null}",
            "{\"type\":5}", "{\"type\":[\"message\"]}", "{\"type\":\"message\"}", "{\"type\":\"message\",\"deliveryMode\":\"expectReplies\"}",
            "{\"type\":\"invoke\",\"deliveryMode\":\"expectReplies\"}", "{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\",\"deliveryMode\":\"expectReplies\"}",
            "{'type':'message'}", "{type:\"message\"}", "{\"type\":\"message\",}", "{\"type\":\"message\" /* note */}", "{\"type\":\"message\",\"value\":NaN}",
            "{\"type\":\"message\",\"value\":Infinity}", "{\"type\":\"message\",\"type\":\"invoke\",\"deliveryMode\":\"expectReplies\"}",
            "{\"TYPE\":\"invoke\",\"type\":\"message\",\"deliveryMode\":\"expectReplies\",\"Text\":\"proficient\"}",
            "{\"type\":\"message\"}{\"type\":\"message\"}", "{\"type\":\"message\"} trailing", "\0", "<activity type=\"message\"/>", "type=message&text=hi",
            "{\"type\":\"message\",\"text\":\"unterminated}", "{\"type\":\"message\",\"text\":\"bad escape \\x41\"}", "{\"type\":\"message\",\"text\":\"\\u12\"}",
        ];
        foreach (var (body, i) in bodies.Select((body, i) => (body, i)))
        {
            yield return Json($"not an activity #{i}: {Shorten(body)}", Encoding.UTF8.GetBytes(body), maySend: false);
        }

        var valid = Body(HostileTemplates.Message(true));
        yield return Json("message: after a byte order mark", [0xEF, 0xBB, 0xBF, .. valid], maySend: false);
        yield return Json("message: after two byte order marks", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. valid], maySend: false);
        yield return Json("message: as UTF-16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(valid))).ToArray(), maySend: false);
        yield return Json("message: as UTF-32", Encoding.UTF32.GetBytes(Encoding.UTF8.GetString(valid)), maySend: false);
        yield return Json("gzip magic bytes", [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00], maySend: false);
    }

    private static IEnumerable<HostileRequest> InvalidUtf8()
    {
        (string Name, byte[] Bytes)[] sequences =
        [
            ("0xFF", [0xFF]), ("overlong NUL", [0xC0, 0x80]), ("lone continuation byte", [0x80]), ("cut three-byte sequence", [0xE2, 0x82]),
            ("encoded surrogate", [0xED, 0xA0, 0x80]), ("past U+10FFFF", [0xF4, 0x90, 0x80, 0x80]), ("five-byte sequence", [0xF8, 0x88, 0x80, 0x80, 0x80]),
            ("raw NUL", [0x00]), ("raw line feed", [0x0A]), ("raw escape", [0x1B]),
        ];
        foreach (var expectReplies in new[] { true, false })
        {
            var mode = expectReplies ? "expectReplies" : "normal";
            foreach (var (name, bytes) in sequences)
            {
                byte[] inString = [(byte)'"', .. "proficient "u8, .. bytes, .. " dispatcher"u8, (byte)'"'];
                yield return Json($"message/{mode}: text with {name}", HostileCorpus.Render(HostileTemplates.Message(expectReplies), ["text"], inString, ++_counter), !expectReplies);
                yield return Json($"submit/{mode}: value.question with {name}", HostileCorpus.Render(HostileTemplates.Submit(expectReplies), ["value", "question"], inString, ++_counter), !expectReplies);
                yield return Json($"message/{mode}: from.name with {name}", HostileCorpus.Render(HostileTemplates.Message(expectReplies), ["from", "name"], inString, ++_counter), !expectReplies);
                yield return Json($"message/{mode}: unknown field with {name}", HostileCorpus.Render(HostileTemplates.Message(expectReplies), ["futureField"], inString, ++_counter), !expectReplies);
            }
        }
    }

    private static IEnumerable<HostileRequest> Depths()
    {
        (string Name, Func<bool, JsonObject> Build, object[] Path)[] places =
        [
            ("submit value", HostileTemplates.Submit, ["value"]),
            ("execute value.action.data", HostileTemplates.Execute, ["value", "action", "data"]),
            ("channelData", HostileTemplates.Message, ["channelData"]),
            ("an entity", HostileTemplates.Message, ["entities", 0]),
            ("attachment content", HostileTemplates.Message, ["attachments", 0, "content"]),
            ("unknown field", HostileTemplates.Message, ["futureField"]),
            ("unknown field of the conversation", HostileTemplates.Message, ["conversation", "futureField"]),
            ("unknown field of from", HostileTemplates.Message, ["from", "futureField"]),
        ];
        int[] depths = [60, 61, 62, 63, 64, 65, 128, 10_000, 100_000];
        foreach (var (name, build, path) in places)
        {
            foreach (var depth in depths)
            {
                foreach (var expectReplies in new[] { true, false })
                {
                    var nested = Encoding.UTF8.GetBytes(HostileValues.Nested(depth, '[', ']'));
                    yield return Json(
                        $"{name} nested {depth} deep ({(expectReplies ? "expectReplies" : "normal")})", HostileCorpus.Render(build(expectReplies), path, nested, ++_counter), !expectReplies);
                }
            }
        }
    }

    private static IEnumerable<HostileRequest> Oversized()
    {
        const int Limit = 256 * 1024;
        foreach (var expectReplies in new[] { true, false })
        {
            var mode = expectReplies ? "expectReplies" : "normal";
            foreach (var size in new[] { Limit - 1, Limit, Limit + 1, 1024 * 1024, 8 * 1024 * 1024 })
            {
                // Each its own body: the same activity id twice would be answered once (redelivery).
                yield return Json($"message/{mode}: body of {size} bytes", BodyOfSize(HostileTemplates.Message(expectReplies), size), !expectReplies);
                yield return Json($"message/{mode}: body of {size} bytes, chunked", BodyOfSize(HostileTemplates.Message(expectReplies), size), !expectReplies) with { Chunked = true };
            }
        }

        yield return Json("whitespace past the limit before an activity", [.. Enumerable.Repeat((byte)' ', Limit), .. Body(HostileTemplates.Message(true))], maySend: false);
    }

    private static IEnumerable<HostileRequest> ContentTypes()
    {
        string?[] types =
        [
            null, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16", "APPLICATION/JSON",
            "application/json;;;", "application/jsonp", "application/*", "*/*", "garbage", "application/json, text/plain", "text/json",
        ];
        foreach (var expectReplies in new[] { true, false })
        {
            foreach (var type in types)
            {
                yield return new HostileRequest(
                    $"message/{(expectReplies ? "expectReplies" : "normal")}: content type {type ?? "(none)"}", Body(HostileTemplates.Message(expectReplies)), type, !expectReplies);
            }
        }

        yield return new HostileRequest("not JSON without a content type", "type=message&text=hi"u8.ToArray(), null, MaySend: false);
    }

    private static IEnumerable<HostileRequest> Mentions()
    {
        foreach (var expectReplies in new[] { true, false })
        {
            var mode = expectReplies ? "expectReplies" : "normal";
            foreach (var count in new[] { 19, 20, 21, 100, 1500 })
            {
                yield return Json($"mention/{mode}: {count} other mentions before the bot's", Body(Flood(expectReplies, count, botLast: true)), !expectReplies);
                yield return Json($"mention/{mode}: {count} mentions of the bot", Body(Flood(expectReplies, count, botLast: false)), !expectReplies);
            }

            var mismatch = HostileTemplates.Mention(expectReplies);
            mismatch["text"] = "What does a Proficient dispatcher do? " + HostileTemplates.TypedWord;
            yield return Json($"mention/{mode}: entity whose text is not in the message", Body(mismatch), !expectReplies);

            foreach (var (name, markup) in new[] { ("regex", "(a+)+$"), ("the whole question", "What does a Proficient dispatcher do?"), ("a single space", " "), ("a single letter", "a") })
            {
                var odd = HostileTemplates.Mention(expectReplies);
                odd["entities"]![0]!["text"] = markup;
                yield return Json($"mention/{mode}: the bot's mention text is {name}", Body(odd), !expectReplies);
            }

            var other = HostileTemplates.Mention(expectReplies);
            other["entities"]![0]!["mentioned"]!["id"] = "29:someone-else";
            yield return Json($"mention/{mode}: mentions someone else only", Body(other), !expectReplies);
        }
    }

    private static JsonObject Flood(bool expectReplies, int count, bool botLast)
    {
        var activity = HostileTemplates.Mention(expectReplies);
        var entities = new JsonArray();
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var id = botLast ? $"29:person-{i}" : HostileTemplates.BotId;
            var markup = botLast ? $"<at>Person {i}</at>" : "<at>Skills Bot</at>";
            entities.Add(new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = "x" }, ["text"] = markup });
            text.Append(markup).Append(' ');
        }

        if (botLast)
        {
            entities.Add(new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = HostileTemplates.BotId, ["name"] = "Skills Bot" }, ["text"] = "<at>Skills Bot</at>" });
            text.Append("<at>Skills Bot</at> ");
        }

        activity["entities"] = entities;
        activity["text"] = text.Append("what does a proficient dispatcher do ").Append(HostileTemplates.TypedWord).ToString();
        return activity;
    }

    private static IEnumerable<HostileRequest> Shapes()
    {
        (string Name, Func<bool, JsonObject> Build, object[] Path, string Json)[] shapes =
        [
            ("entities of every type", HostileTemplates.Mention, ["entities"], "[1,\"x\",null,{\"type\":5},{\"type\":\"mention\"},{\"type\":\"MENTION\",\"mentioned\":\"28:skills-bot\",\"text\":7},{\"type\":\"https://schema.org/Message\",\"citation\":\"x\"}]"),
            ("mention of the bot without text or name", HostileTemplates.Mention, ["entities"], "[{\"type\":\"mention\",\"mentioned\":{\"id\":\"28:skills-bot\"}}]"),
            ("mention of the bot with an empty name", HostileTemplates.Mention, ["entities"], "[{\"type\":\"mention\",\"mentioned\":{\"id\":\"28:skills-bot\",\"name\":\"\"}}]"),
            ("attachments of every shape", HostileTemplates.Message, ["attachments"], "[null,1,\"x\",{\"contentType\":5},{\"contentType\":\"application/vnd.microsoft.card.adaptive\",\"content\":{\"type\":\"AdaptiveCard\",\"body\":\"x\"}},{\"contentType\":\"application/vnd.microsoft.teams.file.download.info\",\"contentUrl\":\"javascript:alert(1)\"}]"),
            ("a card value inside a card value", HostileTemplates.Submit, ["value"], "{\"question\":{\"question\":\"proficient\"}}"),
            ("an empty question on page two", HostileTemplates.Submit, ["value"], "{\"question\":\"\",\"part\":2}"),
            ("a messageBack value", HostileTemplates.Submit, ["value"], "{\"msteams\":{\"type\":\"messageBack\",\"text\":\"proficient\"}}"),
            ("a value of 5,000 keys", HostileTemplates.Submit, ["value"], "{" + string.Join(",", Enumerable.Range(0, 5000).Select(i => $"\"k{i}\":{i}")) + "}"),
            ("Action.Submit instead of Action.Execute", HostileTemplates.Execute, ["value", "action", "type"], "\"Action.Submit\""),
            ("action type in lower case", HostileTemplates.Execute, ["value", "action", "type"], "\"action.execute\""),
            ("an empty verb and question", HostileTemplates.Execute, ["value", "action"], "{\"type\":\"Action.Execute\",\"verb\":\"\",\"data\":{\"question\":\"\"}}"),
            ("data as text", HostileTemplates.Execute, ["value", "action", "data"], "\"proficient\""),
            ("search with no parameters", HostileTemplates.Search, ["value"], "{\"commandId\":\"searchFramework\"}"),
            ("search parameters of every shape", HostileTemplates.Search, ["value", "parameters"], "[null,1,{\"name\":5},{\"name\":\"searchQuery\",\"value\":{}}]"),
            ("an initial run", HostileTemplates.Search, ["value", "parameters"], "[{\"name\":\"initialRun\",\"value\":\"true\"}]"),
            ("paging past the end", HostileTemplates.Search, ["value", "queryOptions"], "{\"skip\":2147483647,\"count\":2147483647}"),
            ("negative paging", HostileTemplates.Search, ["value", "queryOptions"], "{\"skip\":-5,\"count\":-5}"),
            ("feedback with a reaction of another kind", HostileTemplates.Feedback, ["value", "actionValue", "reaction"], "\"love\""),
            ("feedback whose comment is deep JSON", HostileTemplates.Feedback, ["value", "actionValue", "feedback"], HostileValues.Quote(HostileValues.Nested(10_000, '[', ']'))),
            ("feedback whose comment is a huge JSON string", HostileTemplates.Feedback, ["value", "actionValue", "feedback"], HostileValues.Quote("{\"feedbackText\":\"" + new string('x', 100_000) + "\"}")),
            ("members added of every shape", HostileTemplates.ConversationUpdate, ["membersAdded"], "[null,1,{},{\"id\":5},{\"id\":null}]"),
            ("installationUpdate without an action", HostileTemplates.ConversationUpdate, ["type"], "\"installationUpdate\""),
        ];
        foreach (var (name, build, path, json) in shapes)
        {
            foreach (var expectReplies in new[] { true, false })
            {
                yield return Json($"{name} ({(expectReplies ? "expectReplies" : "normal")})", HostileCorpus.Render(build(expectReplies), path, Encoding.UTF8.GetBytes(json), ++_counter), !expectReplies);
            }
        }
    }

    /// <summary>Every risky serviceUrl under delivery modes that are not expectReplies, for each kind of activity that replies.</summary>
    private static IEnumerable<HostileRequest> ServiceUrlsUnderEveryMode()
    {
        foreach (var (template, build) in HostileTemplates.All.Where(template => template.Name is "message" or "execute" or "update"))
        {
            foreach (var mode in new[] { "notification", "ephemeral", "ExpectReplies" })
            {
                foreach (var (name, url) in HostileValues.ServiceUrls)
                {
                    var activity = build(false);
                    activity["deliveryMode"] = mode;
                    activity["conversation"]!["id"] = $"service-url-{name}";
                    yield return Json($"{template}/deliveryMode '{mode}': serviceUrl = {name}", HostileCorpus.Render(activity, ["serviceUrl"], Encoding.UTF8.GetBytes(url), ++_counter), maySend: true);
                }
            }
        }
    }

    private static HostileRequest Json(string name, byte[] body, bool maySend) => new(name, body, HostileRequest.Json, maySend);

    private static byte[] Body(JsonObject activity)
    {
        activity["id"] = $"hostile-{++_counter}";
        return Encoding.UTF8.GetBytes(activity.ToJsonString());
    }

    /// <summary>A valid activity padded to exactly <paramref name="size"/> bytes with spaces in its text.</summary>
    private static byte[] BodyOfSize(JsonObject activity, int size)
    {
        var body = Body(activity);
        activity["text"] = (string?)activity["text"] + new string(' ', Math.Max(0, size - body.Length));
        return Body(activity) is var padded && padded.Length == size ? padded : throw new InvalidOperationException($"padding missed {size} bytes");
    }

    private static string Shorten(string body) => HostileValues.Quote(body.Length <= 40 ? body : body[..40] + "…");
}
