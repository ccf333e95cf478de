using System.Diagnostics;
using System.Net;

namespace ChatBot.Tests.Hosting;

/// <summary>
/// Stopping the host, as SIGTERM does (the console lifetime turns it into the same StopAsync): turns in flight finish
/// and their replies go out, within the shutdown timeout and no longer.
/// </summary>
public sealed class ShutdownTests
{
    // Not Kestrel's default 5000 nor the launch profile's 3978, which a bot started by hand may hold.
    private const string AnyFreePort = "http://127.0.0.1:0";

    [Fact]
    public async Task Stop_WhileATurnIsSendingItsReply_LetsTheTurnFinishBeforeExiting()
    {
        using var app = new BotApplication(new Dictionary<string, string?> { ["ShutdownTimeoutSeconds"] = "20", ["Urls"] = AnyFreePort });
        app.UseKestrel();
        app.StartServer();
        var connector = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Connector.Hold = connector;
        using var client = app.CreateClient();

        var turn = Activities.PostAsync(client, Activities.Message("What does a Proficient dispatcher do?", expectReplies: false));
        await Eventually.UntilAsync(() => app.Connector.Requests.Count > 0);
        var stopping = app.Host!.StopAsync();
        await Task.Delay(300);
        Assert.False(turn.IsCompleted);
        Assert.False(stopping.IsCompleted);
        connector.SetResult();

        Assert.Equal(HttpStatusCode.OK, (await turn).StatusCode);
        await stopping.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Contains("Proficient level", Assert.Single(app.Connector.Requests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_WithATurnThatNeverFinishes_ExitsWhenTheShutdownTimeoutIsUp()
    {
        using var app = new BotApplication(new Dictionary<string, string?> { ["ShutdownTimeoutSeconds"] = "1", ["Urls"] = AnyFreePort });
        app.UseKestrel();
        app.StartServer();
        app.Connector.Hold = new TaskCompletionSource();
        using var client = app.CreateClient();

        _ = Activities.PostAsync(client, Activities.Message("What does a Proficient dispatcher do?", expectReplies: false));
        await Eventually.UntilAsync(() => app.Connector.Requests.Count > 0);
        var watch = Stopwatch.StartNew();
        await app.Host!.StopAsync().WaitAsync(TimeSpan.FromSeconds(15));

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }
}
