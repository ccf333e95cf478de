using ChatBot.Replies;
using Microsoft.Extensions.Options;

namespace ChatBot.Seeds;

/// <summary>
/// Builds a snapshot from the seed folder and publishes it: the first load at start-up, then one per change in the
/// folder. A reload builds a whole new store beside the one in use and swaps it in only when <see cref="ReloadCheck"/>
/// allows it; otherwise the store in use stays and the log says why. Reloads run one at a time.
/// </summary>
internal sealed partial class SeedReloader(
    CurrentKnowledge knowledge,
    SeedStoreLoader loader,
    IOptions<ReplyCacheOptions> replyCache,
    TimeProvider time,
    ILogger<SeedReloader> logger)
{
    private readonly Lock _gate = new();

    /// <summary>Loads the store the bot starts with; throws when none loads.</summary>
    public KnowledgeSnapshot LoadFirst()
    {
        lock (_gate)
        {
            var snapshot = new KnowledgeSnapshot(loader.Load(), replyCache.Value, generation: 1, time.GetUtcNow());
            knowledge.Publish(snapshot);
            return snapshot;
        }
    }

    /// <summary>Reloads the folder; true when the new store replaced the one in use.</summary>
    public bool Reload()
    {
        lock (_gate)
        {
            var current = knowledge.Snapshot;
            if (current is null)
            {
                return false;
            }

            Knowledge.Store.FrameworkStore candidate;
            try
            {
                candidate = loader.Load();
            }
#pragma warning disable CA1031 // Any fault while reading the folder (gone, unreadable, nothing loads) keeps the store in use.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogReloadRefused(exception.Message, current.Generation);
                return false;
            }

            if (ReloadCheck.Refusal(current.Store, candidate) is { } refusal)
            {
                LogReloadRefused(refusal, current.Generation);
                return false;
            }

            var next = new KnowledgeSnapshot(candidate, replyCache.Value, current.Generation + 1, time.GetUtcNow());
            knowledge.Publish(next);
            LogReloaded(next.Generation, candidate.Summary.Occupations);
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed store {Generation} in use after a reload: {Occupations} occupation(s)")]
    private partial void LogReloaded(int generation, int occupations);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seed reload refused, store {Generation} stays in use: {Reason}")]
    private partial void LogReloadRefused(string reason, int generation);
}
