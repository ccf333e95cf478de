using System.Text.Json;
using ChatBot.BotProtocol.Hosting;
using ChatBot.BotProtocol.Schema;

namespace ChatBot.Bot;

/// <summary>
/// Teams' feedback buttons (thumbs up or down, with an optional comment) on the bot's answers. A vote arrives as a
/// <c>message/submitAction</c> invoke; it is logged as one structured event that names the answer (the card message it
/// replies to), the reaction and the comment's length, and nothing about who gave it. The comment itself is typed
/// text, so it is logged only at Debug.
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
            !value.TryGetProperty("actionName", out var name) || name.ValueKind != JsonValueKind.String || name.GetString() != "feedback" ||
            !value.TryGetProperty("actionValue", out var action) || action.ValueKind != JsonValueKind.Object ||
            !action.TryGetProperty("reaction", out var reaction) || reaction.ValueKind != JsonValueKind.String || reaction.GetString() is not ("like" or "dislike"))
        {
            return false;
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            var comment = action.TryGetProperty("feedback", out var given) && given.ValueKind == JsonValueKind.String ? Comment(given.GetString()!) : "";
            var vote = reaction.GetString()!;
            var conversationId = activity.Conversation?.Id;
            LogFeedback(activity.ReplyToId, conversationId, vote, comment.Length);
            if (comment.Length > 0)
            {
                LogFeedbackComment(activity.ReplyToId, conversationId, comment);
            }
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

        // One line, with no control characters: a comment must not be able to forge log lines or drive a terminal.
        text = string.Concat(text.ReplaceLineEndings(" ").Select(character => char.IsControl(character) ? ' ' : character)).Trim();
        return text.Length <= MaxComment ? text : text[..MaxComment];
    }

    [LoggerMessage(EventId = 100, EventName = "AnswerFeedback", Level = LogLevel.Information,
        Message = "Feedback on answer {AnswerActivityId} in {ConversationId}: {Reaction}; a comment of {CommentLength} characters")]
    private partial void LogFeedback(LoggedId answerActivityId, LoggedId conversationId, string reaction, int commentLength);

    // Debug: the comment is text the user typed, which stays out of the logs a deployment keeps by default. Turn on
    // Debug for this category (Logging:LogLevel:ChatBot.Bot.Feedback) to read the comments.
    [LoggerMessage(EventId = 101, EventName = "AnswerFeedbackComment", Level = LogLevel.Debug,
        Message = "Feedback comment on answer {AnswerActivityId} in {ConversationId}: {Comment}")]
    private partial void LogFeedbackComment(LoggedId answerActivityId, LoggedId conversationId, string comment);
}
