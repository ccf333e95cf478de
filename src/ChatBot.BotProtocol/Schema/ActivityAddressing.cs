using System.Collections.Frozen;
using System.Text.Json;

namespace ChatBot.BotProtocol.Schema;

/// <summary>
/// The fields that address an activity to one conversation (what <see cref="Activity.CreateReply"/> sets from the
/// activity replied to), in the order the serializer writes them, and how each is written the way it writes it.
/// Everything else an activity holds is content, which an <see cref="ActivityTemplate"/> serializes once.
/// </summary>
internal static class ActivityAddressing
{
    private static readonly string[] SerializationOrder =
        [.. BotProtocolJsonContext.Default.Activity.Properties.Select(property => property.Name)];

    /// <summary>The addressing fields in serialization order.</summary>
    public static IReadOnlyList<Field> Fields { get; } =
    [
        .. new Field[]
        {
            new("id", static (writer, name, activity) => WriteString(writer, name, activity.Id)),
            new("timestamp", static (writer, name, activity) =>
            {
                if (activity.Timestamp is { } timestamp)
                {
                    writer.WritePropertyName(name);
                    UtcTimestampConverter.WriteUtc(writer, timestamp);
                }
            }),
            new("serviceUrl", static (writer, name, activity) => WriteString(writer, name, activity.ServiceUrl)),
            new("channelId", static (writer, name, activity) => WriteString(writer, name, activity.ChannelId)),
            new("from", static (writer, name, activity) => WriteAccount(writer, name, activity.From)),
            new("recipient", static (writer, name, activity) => WriteAccount(writer, name, activity.Recipient)),
            new("conversation", static (writer, name, activity) =>
            {
                if (activity.Conversation is { } conversation)
                {
                    writer.WritePropertyName(name);
                    JsonSerializer.Serialize(writer, conversation, BotProtocolJsonContext.Default.ConversationAccount);
                }
            }),
            new("locale", static (writer, name, activity) => WriteString(writer, name, activity.Locale)),
            new("replyToId", static (writer, name, activity) => WriteString(writer, name, activity.ReplyToId)),
        }.OrderBy(field => Position(field.Name)),
    ];

    /// <summary>For each named field of an activity: how many addressing fields the serializer writes before it.</summary>
    private static readonly FrozenDictionary<string, int> Slots = SerializationOrder.ToFrozenDictionary(
        name => name,
        name => Fields.Count(field => Position(field.Name) < Position(name)),
        StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is the JSON name of one of the activity's own fields, addressing or content.</summary>
    public static bool IsNamedField(string name) => Slots.ContainsKey(name);

    /// <summary>How many addressing fields are written before the content field <paramref name="name"/>; extension data comes last.</summary>
    public static int SlotOf(string name) => Slots.TryGetValue(name, out var slot) ? slot : Fields.Count;

    private static int Position(string name)
    {
        var position = Array.IndexOf(SerializationOrder, name);
        return position >= 0 ? position : throw new InvalidOperationException($"The activity has no field '{name}'.");
    }

    private static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteAccount(Utf8JsonWriter writer, JsonEncodedText name, ChannelAccount? account)
    {
        if (account is not null)
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, account, BotProtocolJsonContext.Default.ChannelAccount);
        }
    }

    /// <summary>An addressing field: its JSON name and how it is written (nothing when it is null).</summary>
    internal sealed class Field(string name, Action<Utf8JsonWriter, JsonEncodedText, Activity> write)
    {
        private readonly JsonEncodedText _encodedName = JsonEncodedText.Encode(name);

        public string Name { get; } = name;

        public void Write(Utf8JsonWriter writer, Activity activity) => write(writer, _encodedName, activity);
    }
}
