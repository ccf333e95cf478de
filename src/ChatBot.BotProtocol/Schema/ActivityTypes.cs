namespace ChatBot.BotProtocol.Schema;

/// <summary>The values of <see cref="Activity.Type"/>.</summary>
public static class ActivityTypes
{
    /// <summary>A message.</summary>
    public const string Message = "message";

    /// <summary>Members joined or left, or the conversation changed.</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>The bot was added to or removed from a contact list.</summary>
    public const string ContactRelationUpdate = "contactRelationUpdate";

    /// <summary>The sender is typing.</summary>
    public const string Typing = "typing";

    /// <summary>The conversation ended.</summary>
    public const string EndOfConversation = "endOfConversation";

    /// <summary>A named event.</summary>
    public const string Event = "event";

    /// <summary>A request that expects a synchronous answer in the HTTP response.</summary>
    public const string Invoke = "invoke";

    /// <summary>The user asked for their data to be deleted.</summary>
    public const string DeleteUserData = "deleteUserData";

    /// <summary>A message was edited.</summary>
    public const string MessageUpdate = "messageUpdate";

    /// <summary>A message was deleted.</summary>
    public const string MessageDelete = "messageDelete";

    /// <summary>The app was installed, upgraded or removed.</summary>
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>A reaction was added to or removed from a message.</summary>
    public const string MessageReaction = "messageReaction";

    /// <summary>A private suggestion to one recipient.</summary>
    public const string Suggestion = "suggestion";

    /// <summary>Diagnostic information; only the Emulator shows it.</summary>
    public const string Trace = "trace";

    /// <summary>A hand-off to another party.</summary>
    public const string Handoff = "handoff";

    /// <summary>A command.</summary>
    public const string Command = "command";

    /// <summary>The result of a command.</summary>
    public const string CommandResult = "commandResult";

    /// <summary>Internal: the answer to an invoke; carried in the HTTP response, never sent to a connector.</summary>
    public const string InvokeResponse = "invokeResponse";

    /// <summary>Internal: pause for <see cref="Activity.Value"/> milliseconds; never sent to a connector.</summary>
    public const string Delay = "delay";
}
