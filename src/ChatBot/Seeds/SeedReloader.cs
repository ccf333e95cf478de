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
    ILogger<SeedReloader> logger)
{
    private readonly Lock _gate = new();

    /// <summary>Loads the store the bot starts with; throws when none loads.</summary>
    public void LoadFirst()
    {
        lock (_gate)
        {
            knowledge.Publish(new KnowledgeSnapshot(loader.Load(), replyCache.Value, generation: 1));
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

            // Anything that goes wrong while the new store is read or indexed keeps the store in use: a bad edit to the
            // folder must not take down a bot that is serving.
            KnowledgeSnapshot next;
            try
            {
                var candidate = loader.Load();
                if (ReloadCheck.Refusal(current.Store, candidate) is { } refusal)
                {
                    LogReloadRefused(refusal, current.Generation);
                    return false;
                }

                next = new KnowledgeSnapshot(candidate, replyCache.Value, current.Generation + 1);
            }
#pragma warning disable CA1031 // Whatever the fault (folder gone, unreadable, nothing loads, an index that fails), the store in use stays.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogReloadRefused(exception.Message, current.Generation);
                return false;
            }

            knowledge.Publish(next);
            LogReloaded(next.Generation, next.Store.Summary.Occupations);
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed store {Generation} in use after a reload: {Occupations} occupation(s)")]
    private partial void LogReloaded(int generation, int occupations);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seed reload refused, store {Generation} stays in use: {Reason}")]
    private partial void LogReloadRefused(string reason, int generation);
}
