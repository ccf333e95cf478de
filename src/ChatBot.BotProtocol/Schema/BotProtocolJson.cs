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
}
