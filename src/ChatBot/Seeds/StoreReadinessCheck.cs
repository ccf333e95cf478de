using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Seeds;

/// <summary>Ready once a store is loaded: before that, and when the first load failed, the bot has nothing to answer from.</summary>
internal sealed class StoreReadinessCheck(CurrentKnowledge knowledge) : IHealthCheck
{
    public const string Tag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(knowledge.Snapshot is { } snapshot
            ? HealthCheckResult.Healthy($"Store {snapshot.Generation} loaded: {snapshot.Store.Summary.Occupations} occupation(s).")
            : HealthCheckResult.Unhealthy(knowledge.FirstLoad.IsFaulted ? "The store could not be loaded." : "The store is loading."));
}
