using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.BotProtocol.Schema;

/// <summary>Writes timestamps as UTC with <c>Z</c>, as the activity spec asks; reads any ISO-8601 offset.</summary>
internal sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => WriteUtc(writer, value);

    /// <summary>The timestamp as this converter writes it, for writers that do not go through the serializer.</summary>
    public static void WriteUtc(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteStringValue(value.UtcDateTime);
}
