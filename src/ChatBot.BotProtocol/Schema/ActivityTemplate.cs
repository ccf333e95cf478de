using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ChatBot.BotProtocol.Schema;

/// <summary>
/// An activity's content (everything but its addressing) serialized to JSON once, for a reply that many conversations
/// share. <see cref="ReplyTo"/> builds a reply as <see cref="Activity.CreateReply"/> does and fills it with this content;
/// the adapter then writes that reply by copying the serialized content around the few fields that address it,
/// byte for byte what the serializer writes, instead of serializing a card, a summary and citations again each turn.
/// </summary>
/// <remarks>
/// The content's attachments, entities and members are shared by every reply, not copied: like any cached content,
/// they must not change once the template is built. A reply whose content is changed after <see cref="ReplyTo"/> is
/// noticed when it is written and goes through the serializer instead.
/// </remarks>
public sealed class ActivityTemplate
{
    private readonly Activity _content;

    /// <summary>The content's fields in serialization order; null when the general serializer has to write every reply.</summary>
    private readonly Part[]? _parts;

    private ActivityTemplate(Activity content, Part[]? parts, int bytes)
    {
        _content = content;
        _parts = parts;
        Bytes = bytes;
    }

    /// <summary>The size of the serialized content, which is kept as long as the template is.</summary>
    public int Bytes { get; }

    /// <summary>Serializes the content of <paramref name="activity"/>; its addressing fields are ignored, each reply has its own.</summary>
    /// <param name="activity">The content: type, text, attachments and whatever else every reply carries.</param>
    /// <returns>The template.</returns>
    public static ActivityTemplate Create(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var content = new Activity();
        ActivityContent.Copy(activity, content);

        // An unknown field named like a known one is written twice by the serializer; leave such content to it.
        if (content.Properties?.Keys.Any(ActivityAddressing.IsNamedField) == true)
        {
            return new ActivityTemplate(content, parts: null, bytes: 0);
        }

        var json = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(json, BotProtocolJson.ResponseWriterOptions))
        {
            JsonSerializer.Serialize(writer, content, BotProtocolJsonContext.Default.Activity);
        }

        using var document = JsonDocument.Parse(json.WrittenMemory);
        var encoder = BotProtocolJson.ResponseWriterOptions.Encoder;
        Part[] parts = [.. document.RootElement.EnumerateObject().Select(property => new Part(
            JsonEncodedText.Encode(property.Name, encoder),
            JsonMarshal.GetRawUtf8Value(property.Value).ToArray(),
            ActivityAddressing.SlotOf(property.Name)))];
        return new ActivityTemplate(content, parts, json.WrittenCount);
    }

    /// <summary>A reply to <paramref name="incoming"/> carrying this content, addressed as <see cref="Activity.CreateReply"/> addresses it.</summary>
    /// <param name="incoming">The activity replied to.</param>
    /// <returns>A new activity; its lists are its own, their items shared with the template.</returns>
    public Activity ReplyTo(Activity incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var reply = incoming.CreateReply();
        ActivityContent.Copy(_content, reply);
        reply.Template = this;
        return reply;
    }

    /// <summary>
    /// Writes <paramref name="activity"/> from this template when its content is still the template's and the writer
    /// escapes as the template was written; otherwise writes nothing and returns false.
    /// </summary>
    internal bool TryWrite(Utf8JsonWriter writer, Activity activity)
    {
        var options = writer.Options;
        if (_parts is null || options.Indented || options.Encoder != BotProtocolJson.ResponseWriterOptions.Encoder ||
            !ActivityContent.Same(_content, activity))
        {
            return false;
        }

        var addressing = ActivityAddressing.Fields;
        var written = 0;
        writer.WriteStartObject();
        foreach (var part in _parts)
        {
            for (; written < part.Slot; written++)
            {
                addressing[written].Write(writer, activity);
            }

            writer.WritePropertyName(part.Name);
            writer.WriteRawValue(part.Value, skipInputValidation: true);
        }

        for (; written < addressing.Count; written++)
        {
            addressing[written].Write(writer, activity);
        }

        writer.WriteEndObject();
        return true;
    }

    /// <summary>One content field: its name and value as written, and how many addressing fields come before it.</summary>
    private sealed record Part(JsonEncodedText Name, byte[] Value, int Slot);
}
