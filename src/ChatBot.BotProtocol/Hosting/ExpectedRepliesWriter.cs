using System.Text.Json;
using ChatBot.BotProtocol.Schema;

namespace ChatBot.BotProtocol.Hosting;

/// <summary>
/// Writes the expectReplies response body, <c>{"activities":[...]}</c>, as the serializer writes an
/// <see cref="ExpectedReplies"/>: a reply built from an <see cref="ActivityTemplate"/> from its pre-serialized content,
/// any other through the serializer.
/// </summary>
internal static class ExpectedRepliesWriter
{
    private static readonly JsonEncodedText ActivitiesName =
        JsonEncodedText.Encode(BotProtocolJsonContext.Default.ExpectedReplies.Properties.Single().Name);

    public static void Write(Utf8JsonWriter writer, IReadOnlyList<Activity> replies)
    {
        writer.WriteStartObject();
        writer.WriteStartArray(ActivitiesName);
        foreach (var reply in replies)
        {
            if (reply.Template?.TryWrite(writer, reply) != true)
            {
                JsonSerializer.Serialize(writer, reply, BotProtocolJsonContext.Default.Activity);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
