using System.Text.Json;
using ChatBot.BotProtocol.Schema;

namespace ChatBot.Bot;

/// <summary>
/// Teams' feedback buttons (thumbs up or down, with an optional comment) on the bot's answers. A vote arrives as a
/// <c>message/submitAction</c> invoke; it is logged as one structured event that names the answer (the card message it
/// replies to), the reaction and the comment, and nothing about who gave it.
/// </summary>
internal sealed partial class Feedback(ILogger<Feedback> logger)
{
    public const string InvokeName = "message/submitAction";

    /// <summary>Comments longer than this are cut in the log; feedback is a sentence or two.</summary>
    private const int MaxComment = 500;

    /// <summary>The channelData that turns Teams' default feedback buttons on for a reply.</summary>
    public static JsonElement ChannelData { get; } = JsonDocument.Parse("""{"feedbackLoop":{"type":"default"}}""").RootElement.Clone();

    /// <summary>Records a vote; false when the value is not feedback (the invoke is then refused with 400).</summary>
    public bool Record(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value ||
            !value.TryGetProperty("actionName", out var name) || name.GetString() != "feedback" ||
            !value.TryGetProperty("actionValue", out var action) || action.ValueKind != JsonValueKind.Object ||
            !action.TryGetProperty("reaction", out var reaction) || reaction.GetString() is not ("like" or "dislike"))
        {
            return false;
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            var comment = action.TryGetProperty("feedback", out var given) && given.ValueKind == JsonValueKind.String ? Comment(given.GetString()!) : "";
            var vote = reaction.GetString()!;
            var conversationId = activity.Conversation?.Id;
            LogFeedback(activity.ReplyToId, conversationId, vote, comment);
        }

        return true;
    }

    /// <summary>Teams sends the comment as a JSON string holding {"feedbackText": ...}; older clients send plain text.</summary>
    private static string Comment(string raw)
    {
        var text = raw;
        try
        {
            using var document = JsonDocument.Parse(raw);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("feedbackText", out var inner) && inner.ValueKind == JsonValueKind.String)
            {
                text = inner.GetString() ?? "";
            }
        }
        catch (JsonException)
        {
            // Plain text, as written.
        }

        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length <= MaxComment ? text : text[..MaxComment];
    }

    [LoggerMessage(EventId = 100, EventName = "AnswerFeedback", Level = LogLevel.Information,
        Message = "Feedback on answer {AnswerActivityId} in {ConversationId}: {Reaction}; comment: {Comment}")]
    private partial void LogFeedback(string? answerActivityId, string? conversationId, string reaction, string comment);
}
