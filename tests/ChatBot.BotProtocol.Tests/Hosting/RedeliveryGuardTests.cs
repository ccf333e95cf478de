using ChatBot.BotProtocol.Hosting;

namespace ChatBot.BotProtocol.Tests.Hosting;

public sealed class RedeliveryGuardTests
{
    private readonly ManualTime _time = new();

    [Fact]
    public void TryBegin_SameIdInTheSameConversationWithinTheWindow_IsARedelivery()
    {
        var guard = new RedeliveryGuard(_time);

        Assert.True(guard.TryBegin("conv", "act-1"));
        _time.Advance(RedeliveryGuard.Window - TimeSpan.FromSeconds(1));

        Assert.False(guard.TryBegin("conv", "act-1"));
    }

    [Fact]
    public void TryBegin_IdSeenJustBeforeAGenerationTurnsOver_IsStillRememberedAWindowLater()
    {
        var guard = new RedeliveryGuard(_time);
        _time.Advance(RedeliveryGuard.Window - TimeSpan.FromSeconds(1));
        Assert.True(guard.TryBegin("conv", "act-1"));

        _time.Advance(RedeliveryGuard.Window - TimeSpan.FromSeconds(2));
        Assert.True(guard.TryBegin("conv", "act-2"));

        Assert.False(guard.TryBegin("conv", "act-1"));
    }

    [Fact]
    public void TryBegin_SameIdTwoWindowsLater_RunsAgain()
    {
        var guard = new RedeliveryGuard(_time);
        Assert.True(guard.TryBegin("conv", "act-1"));

        _time.Advance(RedeliveryGuard.Window);
        Assert.True(guard.TryBegin("conv", "act-2"));
        _time.Advance(RedeliveryGuard.Window);
        Assert.True(guard.TryBegin("conv", "act-3"));

        Assert.True(guard.TryBegin("conv", "act-1"));
    }

    [Fact]
    public void TryBegin_SameIdInAnotherConversation_IsNotARedelivery()
    {
        var guard = new RedeliveryGuard(_time);

        Assert.True(guard.TryBegin("conv-a", "act-1"));

        Assert.True(guard.TryBegin("conv-b", "act-1"));
    }

    [Fact]
    public void TryBegin_SameIdFromManyThreadsAtOnce_RunsExactlyOnce()
    {
        var guard = new RedeliveryGuard(_time);

        var begun = 0;
        Parallel.For(0, 64, _ =>
        {
            if (guard.TryBegin("conv", "act-1"))
            {
                Interlocked.Increment(ref begun);
            }
        });

        Assert.Equal(1, begun);
    }

    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
