using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Conversations;

/// <summary>
/// <see cref="ConversationContext"/> as it is kept outside the process: every public property the record has, whatever
/// is added to it later, without a list of fields to keep in step. Small: camelCase, nulls left out, enums by name (so
/// reordering an enum does not change what a stored context means).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ConversationContext))]
internal sealed partial class ConversationContextJsonContext : JsonSerializerContext;
