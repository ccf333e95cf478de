using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Replies.Citations;

namespace ChatBot.Replies;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CitationMessage))]
internal sealed partial class ReplyJsonContext : JsonSerializerContext;
