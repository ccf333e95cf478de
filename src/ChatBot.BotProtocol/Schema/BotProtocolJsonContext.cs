using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.BotProtocol.Schema;

/// <summary>
/// Source-generated System.Text.Json metadata for the wire types: camelCase, case-insensitive reads, nulls omitted.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    MaxDepth = BotProtocolJson.MaxDepth,
    Converters = [typeof(RawJsonElementConverter)])]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(InvokeResponse))]
[JsonSerializable(typeof(ConversationReference))]
public sealed partial class BotProtocolJsonContext : JsonSerializerContext;
