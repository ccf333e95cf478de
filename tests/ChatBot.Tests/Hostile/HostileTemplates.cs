using System.Text.Json.Nodes;

namespace ChatBot.Tests.Hostile;

/// <summary>
/// Valid Teams activities of every kind the bot handles, the starting points the corpus mutates. Each carries the
/// same user name and a marker word in everything the user typed, so a test can tell when either reaches a log.
/// </summary>
internal static class HostileTemplates
{
    /// <summary>A word that only ever appears in what the user typed.</summary>
    public const string TypedWord = "Marmalade";

    /// <summary>The user's display name.</summary>
    public const string UserName = "Quinn Zebedee";

    /// <summary>Whether <paramref name="text"/> carries what the user typed or their name, in any case.</summary>
    public static bool IsTyped(string text) =>
        text.Contains(TypedWord, StringComparison.OrdinalIgnoreCase) || text.Contains(UserName, StringComparison.OrdinalIgnoreCase);

    /// <summary>A loopback serviceUrl: replies to it are allowed and recorded by the test host.</summary>
    public const string LoopbackServiceUrl = "http://127.0.0.1:9/amer/";

    /// <summary>The serviceUrl the test host allow-lists (BotFramework:AllowedServiceUrls).</summary>
    public const string AllowedServiceUrl = "https://smba.trafficmanager.net/amer/";

    public const string BotId = "28:skills-bot";

    /// <summary>The templates by name, each a function of whether it asks for expectReplies.</summary>
    public static IEnumerable<(string Name, Func<bool, JsonObject> Build)> All =>
    [
        ("message", Message),
        ("mention", Mention),
        ("submit", Submit),
        ("execute", Execute),
        ("search", Search),
        ("select", SelectItem),
        ("feedback", Feedback),
        ("update", ConversationUpdate),
    ];

    /// <summary>A personal-chat question with the fields Teams sends, an attachment and a clientInfo entity.</summary>
    public static JsonObject Message(bool expectReplies)
    {
        var activity = Base("message", expectReplies);
        activity["text"] = $"What does a Proficient dispatcher do? {TypedWord}";
        activity["textFormat"] = "plain";
        activity["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "text/html", ["content"] = $"<p>{TypedWord}</p>" });
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "clientInfo",
            ["locale"] = "en-GB",
            ["country"] = "GB",
            ["platform"] = "Web",
            ["timezone"] = "Europe/London",
        });
        return activity;
    }

    /// <summary>A channel message that @mentions the bot, as Teams delivers it.</summary>
    public static JsonObject Mention(bool expectReplies)
    {
        var activity = Base("message", expectReplies);
        activity["conversation"] = new JsonObject
        {
            ["id"] = "19:channel@thread.tacv2;messageid=1700000000000",
            ["isGroup"] = true,
            ["conversationType"] = "channel",
            ["tenantId"] = "tenant-1",
        };
        activity["text"] = $"<at>Skills Bot</at> What does a Proficient dispatcher do? {TypedWord}";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "Skills Bot" },
            ["text"] = "<at>Skills Bot</at>",
        });
        activity["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
            ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
            ["channel"] = new JsonObject { ["id"] = "19:channel@thread.tacv2" },
        };
        return activity;
    }

    /// <summary>An Action.Submit click: a message with no text and the button's data as its value.</summary>
    public static JsonObject Submit(bool expectReplies)
    {
        var activity = Base("message", expectReplies);
        activity["replyToId"] = "card-1";
        activity["value"] = new JsonObject { ["question"] = $"What is expected at the Advanced level? {TypedWord}", ["part"] = 1 };
        return activity;
    }

    /// <summary>An Action.Execute click (Universal Actions).</summary>
    public static JsonObject Execute(bool expectReplies)
    {
        var activity = Base("invoke", expectReplies);
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "card-1";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "proficient",
                ["data"] = new JsonObject { ["question"] = $"What does a Proficient dispatcher do? {TypedWord}" },
            },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>A message-extension search from the compose box.</summary>
    public static JsonObject Search(bool expectReplies)
    {
        var activity = Base("invoke", expectReplies);
        activity["name"] = "composeExtension/query";
        activity["value"] = new JsonObject
        {
            ["commandId"] = "searchFramework",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "searchQuery", ["value"] = $"radio {TypedWord}" }),
            // Three results, not ten: each is a whole card, and the corpus sends this search hundreds of times.
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 3 },
        };
        return activity;
    }

    /// <summary>A tap on a search result's preview.</summary>
    public static JsonObject SelectItem(bool expectReplies)
    {
        var activity = Base("invoke", expectReplies);
        activity["name"] = "composeExtension/selectItem";
        activity["value"] = new JsonObject { ["question"] = $"proficient {TypedWord}" };
        return activity;
    }

    /// <summary>A thumbs-down with a comment on one of the bot's answers.</summary>
    public static JsonObject Feedback(bool expectReplies)
    {
        var activity = Base("invoke", expectReplies);
        activity["name"] = "message/submitAction";
        activity["replyToId"] = "answer-1";
        activity["value"] = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = "dislike", ["feedback"] = $$"""{"feedbackText":"{{TypedWord}} is missing"}""" },
        };
        return activity;
    }

    /// <summary>The bot added to a conversation.</summary>
    public static JsonObject ConversationUpdate(bool expectReplies)
    {
        var activity = Base("conversationUpdate", expectReplies);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }, new JsonObject { ["id"] = "29:user-1", ["name"] = UserName });
        return activity;
    }

    private static JsonObject Base(string type, bool expectReplies)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "activity-1",
            ["timestamp"] = "2026-11-21T09:00:00.000Z",
            ["localTimestamp"] = "2026-11-21T10:00:00.000+01:00",
            ["localTimezone"] = "Europe/London",
            ["channelId"] = "msteams",
            ["serviceUrl"] = LoopbackServiceUrl,
            ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = UserName, ["aadObjectId"] = "00000000-0000-0000-0000-000000000001" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Skills Bot" },
            ["conversation"] = new JsonObject { ["id"] = "a:1x2y", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["locale"] = "en-GB",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }
}
