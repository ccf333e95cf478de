using Microsoft.Extensions.Caching.Memory;

namespace ChatBot.Conversations;

/// <summary>The welcomed conversations of this process, remembered for a week in a size-limited cache.</summary>
internal sealed class WelcomeLedger : IWelcomeLedger, IDisposable
{
    /// <summary>How long a welcome is remembered.</summary>
    public static readonly TimeSpan Remembered = TimeSpan.FromDays(7);

    private readonly MemoryCache _welcomed = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly Lock _gate = new();

    /// <summary>True the first time, when the welcome should be sent.</summary>
    public bool TryWelcome(string conversationId)
    {
        lock (_gate)
        {
            if (_welcomed.TryGetValue(conversationId, out _))
            {
                return false;
            }

            _welcomed.Set(conversationId, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Remembered });
            return true;
        }
    }

    public ValueTask<bool> TryWelcomeAsync(string conversationId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryWelcome(conversationId));

    public void Dispose() => _welcomed.Dispose();
}
