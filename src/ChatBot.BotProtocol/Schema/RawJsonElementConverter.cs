using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.BotProtocol.Schema;

/// <summary>
/// Writes a <see cref="JsonElement"/> (a card, channelData, an unknown field) as the JSON text it was parsed from,
/// copied as it is. The default writer walks the element token by token and unescapes and escapes every string
/// again, which made writing a card reply cost more than the whole rest of a turn. The text was checked when it was
/// parsed, so it needs no second check on the way out.
/// </summary>
internal sealed class RawJsonElementConverter : JsonConverter<JsonElement>
{
    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonElement.ParseValue(ref reader);

    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options)
    {
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            throw new JsonException("An undefined JsonElement cannot be written.");
        }

        writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(value), skipInputValidation: true);
    }
}
