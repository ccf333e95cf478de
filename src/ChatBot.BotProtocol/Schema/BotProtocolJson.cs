using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChatBot.BotProtocol.Schema;

/// <summary>The JSON settings the whole protocol layer shares.</summary>
public static class BotProtocolJson
{
    /// <summary>
    /// The deepest nesting accepted. Cards nest, but not this deep; the SDK allows 128, we halve it
    /// to bound the work an untrusted body can cause.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>Read-only options resolving the wire types through <see cref="BotProtocolJsonContext"/>.</summary>
    public static JsonSerializerOptions Options => BotProtocolJsonContext.Default.Options;

    /// <summary>
    /// How responses are written: non-ASCII text as UTF-8 and only what JSON requires escaped, as the SDK's serializer
    /// writes it. Escaping every "—" and "·" of an answer as \uXXXX was a sixth of writing a reply. Responses go to
    /// the channel as application/json, never into HTML, so the HTML-sensitive characters need no escaping either.
    /// </summary>
    internal static JsonWriterOptions ResponseWriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
