using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Cards.Model;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(QuestionData))]
internal sealed partial class CardJsonContext : JsonSerializerContext;
