using System.Text;

namespace ChatBot.Tests.Hostile;

/// <summary>
/// The values the corpus puts in place of a field, as raw JSON text (so values a JSON library would refuse to
/// write, such as a lone surrogate escape or nesting past the limit, can be sent): every JSON type, empty and huge
/// strings, control and odd Unicode characters, markup, and nesting on both sides of the depth limit.
/// </summary>
internal static class HostileValues
{
    /// <summary>
    /// Stands for the typed-text marker in a value: <see cref="HostileCorpus"/> puts <see cref="HostileTemplates.TypedWord"/>
    /// there, except in the ids the bot logs by design (activity, conversation, replied-to), which get a neutral word.
    /// </summary>
    public const string Typed = "%TYPED%";

    /// <summary>Nesting one level past the limit the endpoint accepts (64).</summary>
    public const int PastDepthLimit = 65;

    /// <summary>Stays under the 256 KB body limit with the rest of an activity around it.</summary>
    public const int HugeStringLength = 200_000;

    /// <summary>Markdown, a link, HTML and Adaptive Card template syntax, as someone trying to inject them would type.</summary>
    public const string Markup = "[click me](https://evil.example/phish) **bold** <script>alert(1)</script> {{DATE(2026-01-01T00:00:00Z)}} ${$root}";

    public static IReadOnlyList<(string Name, string Json)> General { get; } =
    [
        ("null", "null"),
        ("true", "true"),
        ("zero", "0"),
        ("negative", "-1"),
        ("fraction", "3.25"),
        ("huge integer", "123456789012345678901234567890"),
        ("number past double", "1e999"),
        ("empty string", "\"\""),
        ("blank string", "\"  \\t  \""),
        ("empty object", "{}"),
        ("object of junk", "{\"type\":7,\"id\":{},\"text\":[null],\"a\":{\"b\":[1,null,\"c\"]}}"),
        ("empty array", "[]"),
        ("array of junk", "[null,1,\"x\",{},[],true]"),
        ("control characters", "\"\\u0000\\u0001\\u0007\\b\\f\\r\\n\\t\\u001b[31m" + Typed + "\\u007f\""),
        ("lone high surrogate", "\"\\ud800 " + Typed + "\""),
        ("lone low surrogate", "\"\\udfff\""),
        ("reversed surrogates", "\"\\udc00\\ud800\""),
        ("odd unicode", "\"\\u202e\\u200b\\ufeff\\u2028\\u2029 \\ud835\\udd18 \\u2603 " + Typed + "\""),
        ("markup", Quote(Markup + " " + Typed)),
        ("mention markup", Quote("<at>Skills Bot</at><at><at></at></at><at " + Typed)),
        ("huge string", Quote(Typed + new string('a', HugeStringLength))),
        ("huge string of words", Quote(string.Concat(Enumerable.Repeat("proficient advanced dispatcher ", HugeStringLength / 31)))),
        ("nested array past the limit", Nested(PastDepthLimit, '[', ']')),
        ("nested object past the limit", NestedObject(PastDepthLimit)),
        ("nested array within the limit", Nested(40, '[', ']')),
        ("a URL elsewhere", "\"https://evil.example/amer/\""),
    ];

    /// <summary>serviceUrls that must never receive a reply: only loopback and the allow-listed prefix may.</summary>
    public static IReadOnlyList<(string Name, string Json)> ServiceUrls { get; } =
    [
        ("internet host", "\"https://evil.example/amer/\""),
        ("allowed host as a subdomain", "\"https://smba.trafficmanager.net.evil.example/amer/\""),
        ("allowed host, other path", "\"https://smba.trafficmanager.net/americas/\""),
        ("allowed host, dot segments out of the prefix", "\"https://smba.trafficmanager.net/amer/../evil/\""),
        ("allowed host, escaped dot segments", "\"https://smba.trafficmanager.net/amer/%2e%2e/evil/\""),
        ("allowed host, other port", "\"https://smba.trafficmanager.net:8443/amer/\""),
        ("allowed host over http", "\"http://smba.trafficmanager.net/amer/\""),
        ("allowed host with user info", "\"https://evil.example@smba.trafficmanager.net/amer/\""),
        ("user info naming the allowed host", "\"https://smba.trafficmanager.net@evil.example/amer/\""),
        ("backslash before the allowed host", "\"https://evil.example\\\\@smba.trafficmanager.net/amer/\""),
        ("allowed host in upper case", "\"HTTPS://SMBA.TRAFFICMANAGER.NET/amer/\""),
        ("loopback-looking DNS name", "\"http://127.0.0.1.nip.io/\""),
        ("localhost subdomain", "\"http://localhost.evil.example/\""),
        ("unspecified address", "\"http://0.0.0.0:9/\""),
        ("IPv6 loopback", "\"http://[::1]:9/\""),
        ("IPv4-mapped IPv6 loopback", "\"http://[::ffff:127.0.0.1]:9/\""),
        ("decimal loopback", "\"http://2130706433:9/\""),
        ("link-local metadata address", "\"http://169.254.169.254/latest/meta-data/\""),
        ("file URL", "\"file:///etc/passwd\""),
        ("javascript URL", "\"javascript:alert(1)\""),
        ("scheme-relative", "\"//evil.example/amer/\""),
        ("relative path", "\"/amer/\""),
        ("bare host", "\"evil.example\""),
        ("spaces around", "\"  http://127.0.0.1:9/  \""),
        ("tab inside the host", "\"https://smba.trafficmanager.net\\t.evil.example/amer/\""),
        ("very long", Quote("http://127.0.0.1:9/" + new string('a', 70_000))),
    ];

    /// <summary>Activity types the bot does not handle, and spellings of the ones it does.</summary>
    public static IReadOnlyList<(string Name, string Json)> Types { get; } =
    [
        .. new[] { "somethingNew", "MESSAGE", "Message", " message ", "invoke", "invokeResponse", "delay", "trace", "typing", "event", "endOfConversation", "messageReaction", "installationUpdate", "conversationUpdate", "command", "handoff" }
            .Select(type => ($"type '{type}'", Quote(type))),
    ];

    /// <summary>Delivery modes other than expectReplies, and near misses of it.</summary>
    public static IReadOnlyList<(string Name, string Json)> DeliveryModes { get; } =
    [
        .. new[] { "normal", "notification", "ephemeral", "ExpectReplies", "expectreplies", "expectReplies " }.Select(mode => ($"deliveryMode '{mode}'", Quote(mode))),
    ];

    /// <summary>Timestamps that do not parse or do not fit.</summary>
    public static IReadOnlyList<(string Name, string Json)> Timestamps { get; } =
    [
        ("not a date", "\"not a date\""),
        ("date past the range in UTC", "\"9999-12-31T23:59:59.9999999-14:00\""),
        ("date before the range in UTC", "\"0001-01-01T00:00:00+14:00\""),
        ("date without a zone", "\"2026-11-21T09:00:00\""),
    ];

    /// <summary>"Show more" part numbers.</summary>
    public static IReadOnlyList<(string Name, string Json)> Parts { get; } =
    [
        ("part -1", "-1"),
        ("part past int", "2147483648"),
        ("part 999999", "999999"),
        ("part as text", "\"2\""),
        ("part 1e100", "1e100"),
    ];

    public static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    public static string Nested(int depth, char open, char close) => new string(open, depth) + new string(close, depth);

    private static string NestedObject(int depth)
    {
        var json = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            json.Append("{\"a\":");
        }

        json.Append('1').Append('}', depth);
        return json.ToString();
    }
}
