using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Bot;

/// <summary>Teams' feedback buttons on answers, and what a vote leaves in the log.</summary>
public sealed class FeedbackTests : IDisposable
{
    private readonly CapturingLoggerProvider _logs = new();
    private readonly BotApplication _app = new();

    public void Dispose()
    {
        _app.Dispose();
        _logs.Dispose();
    }

    [Fact]
    public async Task Post_AnAnswer_TurnsOnTeamsFeedbackButtons()
    {
        var reply = (await Activities.RepliesAsync(await Activities.PostAsync(_app.CreateClient(), Activities.Message("proficient"))))[0]!;

        Assert.Equal("default", (string?)reply["channelData"]!["feedbackLoop"]!["type"]);
    }

    [Fact]
    public async Task Post_AVote_IsAcknowledgedAndLoggedWithTheAnswerReactionAndCommentButNoPerson()
    {
        using var app = _app.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(_logs)));
        var vote = Activities.Message("", expectReplies: false);
        vote["type"] = "invoke";
        vote["name"] = "message/submitAction";
        vote["replyToId"] = "answer-42";
        vote["value"] = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = "dislike", ["feedback"] = """{"feedbackText":"Missing the night-shift expectations"}""" },
        };

        var response = await Activities.PostAsync(app.CreateClient(), vote);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
        var entry = Assert.Single(_logs.Messages, message => message.StartsWith("Feedback on answer", StringComparison.Ordinal));
        Assert.Equal("Feedback on answer answer-42 in a:1x2y;messageid=42: dislike; comment: Missing the night-shift expectations", entry);
        Assert.DoesNotContain(_logs.Messages, message => message.Contains("29:user-1", StringComparison.Ordinal) || message.Contains("Casey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ASubmitActionThatIsNotFeedback_Answers400()
    {
        var vote = Activities.Message("", expectReplies: false);
        vote["type"] = "invoke";
        vote["name"] = "message/submitAction";
        vote["value"] = new JsonObject { ["actionName"] = "something-else" };

        var response = await Activities.PostAsync(_app.CreateClient(), vote);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IReadOnlyCollection<string> Messages => [.. _messages];

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(_messages);

        public void Dispose()
        {
        }

        private sealed class CapturingLogger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }
}
