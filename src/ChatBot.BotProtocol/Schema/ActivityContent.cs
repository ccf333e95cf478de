using System.Runtime.InteropServices;
using System.Text.Json;

namespace ChatBot.BotProtocol.Schema;

/// <summary>
/// An activity's content: every field but its addressing (<see cref="ActivityAddressing"/>). Copies it from one
/// activity to another, and tells whether two activities hold the same content, so the same JSON, cheaply: shared
/// strings, attachments and entities compare by reference before anything is compared by value.
/// </summary>
internal static class ActivityContent
{
    /// <summary>Sets every content field of <paramref name="target"/> to <paramref name="source"/>'s; lists and extension data are copied, their items shared.</summary>
    public static void Copy(Activity source, Activity target)
    {
        target.Type = source.Type;
        target.LocalTimestamp = source.LocalTimestamp;
        target.LocalTimezone = source.LocalTimezone;
        target.Text = source.Text;
        target.TextFormat = source.TextFormat;
        target.Speak = source.Speak;
        target.Summary = source.Summary;
        target.InputHint = source.InputHint;
        target.Attachments = source.Attachments is null ? null : [.. source.Attachments];
        target.AttachmentLayout = source.AttachmentLayout;
        target.Entities = source.Entities is null ? null : [.. source.Entities];
        target.ChannelData = source.ChannelData;
        target.Value = source.Value;
        target.ValueType = source.ValueType;
        target.Name = source.Name;
        target.DeliveryMode = source.DeliveryMode;
        target.MembersAdded = source.MembersAdded is null ? null : [.. source.MembersAdded];
        target.MembersRemoved = source.MembersRemoved is null ? null : [.. source.MembersRemoved];
        target.Action = source.Action;
        target.RelatesTo = source.RelatesTo;
        target.Properties = source.Properties is null ? null : new Dictionary<string, JsonElement>(source.Properties);
    }

    /// <summary>Whether <paramref name="left"/> and <paramref name="right"/> hold content the serializer writes identically.</summary>
    public static bool Same(Activity left, Activity right) =>
        Same(left.Type, right.Type)
        && SameTime(left.LocalTimestamp, right.LocalTimestamp)
        && Same(left.LocalTimezone, right.LocalTimezone)
        && Same(left.Text, right.Text)
        && Same(left.TextFormat, right.TextFormat)
        && Same(left.Speak, right.Speak)
        && Same(left.Summary, right.Summary)
        && Same(left.InputHint, right.InputHint)
        && SameItems(left.Attachments, right.Attachments)
        && Same(left.AttachmentLayout, right.AttachmentLayout)
        && SameItems(left.Entities, right.Entities)
        && SameJson(left.ChannelData, right.ChannelData)
        && SameJson(left.Value, right.Value)
        && Same(left.ValueType, right.ValueType)
        && Same(left.Name, right.Name)
        && Same(left.DeliveryMode, right.DeliveryMode)
        && SameItems(left.MembersAdded, right.MembersAdded)
        && SameItems(left.MembersRemoved, right.MembersRemoved)
        && Same(left.Action, right.Action)
        && SameJson(left.RelatesTo, right.RelatesTo)
        && SameProperties(left.Properties, right.Properties);

    private static bool Same(string? left, string? right) => string.Equals(left, right, StringComparison.Ordinal);

    // Equal instants with different offsets are written differently.
    private static bool SameTime(DateTimeOffset? left, DateTimeOffset? right) =>
        left is { } l ? right is { } r && l.EqualsExact(r) : right is null;

    // The items themselves are shared, never copied: the same item is the same JSON.
    private static bool SameItems<T>(IList<T>? left, IList<T>? right)
        where T : class =>
        left is null || right is null ? left is null && right is null : left.SequenceEqual(right, ReferenceEqualityComparer.Instance);

    // A JsonElement is written as its raw text (RawJsonElementConverter), so the same text is the same JSON.
    private static bool SameJson(JsonElement? left, JsonElement? right) =>
        left is { } l ? right is { } r && SameJson(l, r) : right is null;

    private static bool SameJson(JsonElement left, JsonElement right) =>
        left.ValueKind != JsonValueKind.Undefined && right.ValueKind != JsonValueKind.Undefined
        && JsonMarshal.GetRawUtf8Value(left).SequenceEqual(JsonMarshal.GetRawUtf8Value(right));

    // Extension data is written in enumeration order, so the same pairs must come in the same order.
    private static bool SameProperties(IDictionary<string, JsonElement>? left, IDictionary<string, JsonElement>? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        using var others = right.GetEnumerator();
        foreach (var (name, value) in left)
        {
            if (!others.MoveNext() || !Same(name, others.Current.Key) || !SameJson(value, others.Current.Value))
            {
                return false;
            }
        }

        return true;
    }
}
