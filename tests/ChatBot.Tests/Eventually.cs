namespace ChatBot.Tests;

/// <summary>Waits for something the host does in the background: a request reaching the connector, a reload, a log line.</summary>
internal static class Eventually
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails the test when it still does not after <paramref name="timeout"/> (20 s).</summary>
    public static async Task UntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var wait = timeout ?? DefaultTimeout;
        var deadline = DateTime.UtcNow + wait;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out after {wait.TotalSeconds} s");
            await Task.Delay(20);
        }
    }

    /// <summary>The same, for a condition that has to ask (a health endpoint, say).</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var wait = timeout ?? DefaultTimeout;
        var deadline = DateTime.UtcNow + wait;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out after {wait.TotalSeconds} s");
            await Task.Delay(50);
        }
    }
}
