using System.Globalization;
using System.Net;
using ChatBot.BotProtocol.Hosting;
using ChatBot.Conversations;
using Microsoft.Extensions.Options;

namespace ChatBot.Legal;

/// <summary>
/// The pages the Teams app package names as the developer's website, privacy statement and terms of use
/// (<c>https://{domain}/</c>, <c>/privacy</c>, <c>/terms</c>): plain HTML, short, and true to what the bot does,
/// with the settings that change the facts (how long a conversation's context is kept) read from configuration.
/// </summary>
internal static class LegalPages
{
    private const string HtmlContentType = "text/html; charset=utf-8";

    public static IEndpointRouteBuilder MapLegalPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Results.Content(Home, HtmlContentType));
        endpoints.MapGet("/privacy", (IOptions<ConversationOptions> conversations, IOptions<LegalOptions> legal) =>
            Results.Content(Privacy(conversations.Value.SlidingExpirationMinutes, legal.Value.Contact), HtmlContentType));
        endpoints.MapGet("/terms", (IOptions<LegalOptions> legal) => Results.Content(Terms(legal.Value.Contact), HtmlContentType));
        return endpoints;
    }

    private const string Home = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Skills Bot</title></head>
        <body>
        <h1>Skills Bot</h1>
        <p>A Microsoft Teams bot that answers questions about an occupational skills framework (what is expected at each
        level, the durable skills, how AI is used, the sources) with the framework's own statements and the sources
        behind them. Add it to Teams from your organisation's app catalogue.</p>
        <p><a href="/privacy">Privacy</a> · <a href="/terms">Terms of use</a></p>
        </body>
        </html>
        """;

    internal static string Privacy(int contextMinutes, string contact) => $"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Skills Bot: privacy</title></head>
        <body>
        <h1>Skills Bot: privacy</h1>
        <p>Skills Bot answers questions about a skills framework in Teams. It reads what you send it to answer, and keeps
        as little as it can.</p>
        <h2>What it keeps</h2>
        <ul>
        <li><strong>Your conversation's context</strong>: what the conversation was last about (an occupation, a level,
        a skill domain), so that a follow-up such as "and at Advanced?" can be answered. Not your messages. It is
        forgotten {contextMinutes.ToString(CultureInfo.InvariantCulture)} minutes after the conversation's last message.
        In a channel, everyone in the thread shares it.</li>
        <li><strong>Recent message ids</strong>, for {RedeliveryGuard.Window.TotalMinutes.ToString(CultureInfo.InvariantCulture)} minutes,
        so that a message Teams delivers twice is answered once.</li>
        <li><strong>Feedback</strong>: when you rate an answer, its log records which answer, thumbs up or down, and
        the length of your comment; not who you are. The comment's text is written only to debug logs, which are off
        unless the operator turns them on.</li>
        </ul>
        <h2>What it does not keep</h2>
        <ul>
        <li>The text of your messages is never stored, and never written to the bot's logs or telemetry.</li>
        <li>Your name and e-mail address are never stored or logged.</li>
        </ul>
        <h2>Logs and telemetry</h2>
        <p>The bot's logs hold the ids Teams gives a message and a conversation, status codes and timings. When its
        operator turns telemetry on, traces hold the same ids and the kind of question asked (for example "a level
        question"), never its words. They are kept as long as the operator's Azure Monitor or telemetry store keeps
        them.</p>
        <h2>Contact</h2>
        <p>{ContactLine(contact)}</p>
        <p><a href="/terms">Terms of use</a></p>
        </body>
        </html>
        """;

    internal static string Terms(string contact) => $"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Skills Bot: terms of use</title></head>
        <body>
        <h1>Skills Bot: terms of use</h1>
        <ul>
        <li>Skills Bot quotes a published skills framework and the sources it cites. It does not give advice about
        you or anyone else: a level, a skill or a comparison it shows is what the framework says, not a judgement.</li>
        <li>It answers from the documents its operator loaded, as they stand; it invents nothing, and says so when it
        does not know.</li>
        <li>Do not send it personal or confidential information: it does not need any to answer.</li>
        <li>It is provided as is, without warranty; your organisation's own terms for Microsoft Teams apps apply.</li>
        </ul>
        <h2>Contact</h2>
        <p>{ContactLine(contact)}</p>
        <p><a href="/privacy">Privacy</a></p>
        </body>
        </html>
        """;

    private static string ContactLine(string contact) => string.IsNullOrWhiteSpace(contact)
        ? "Questions about the bot or about your data: ask the administrator who added Skills Bot to your organisation's Teams."
        : "Questions about the bot or about your data: " + WebUtility.HtmlEncode(contact.Trim());
}
