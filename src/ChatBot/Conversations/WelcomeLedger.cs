using Microsoft.Extensions.Caching.Memory;

namespace ChatBot.Conversations;

/// <summary>
/// Which conversations have had the welcome card. Teams (and the Agents Playground) announce an installation with both
/// installationUpdate and conversationUpdate, and a team sends one update per member: one card per conversation only.
/// </summary>
internal sealed class WelcomeLedger : IDisposable
{
    private static readonly TimeSpan Remembered = TimeSpan.FromDays(7);
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

    public void Dispose() => _welcomed.Dispose();
}
