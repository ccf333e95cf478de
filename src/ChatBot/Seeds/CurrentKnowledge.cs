namespace ChatBot.Seeds;

/// <summary>
/// The snapshot turns answer from. Empty until the first load finishes; a reload swaps in a new snapshot in one
/// reference write, so each turn reads the snapshot once and keeps it, whatever happens meanwhile.
/// </summary>
internal sealed class CurrentKnowledge
{
    private readonly TaskCompletionSource _firstLoad = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private KnowledgeSnapshot? _snapshot;

    /// <summary>The newest loaded snapshot, or null while the first load runs (or after it failed).</summary>
    public KnowledgeSnapshot? Snapshot => Volatile.Read(ref _snapshot);

    /// <summary>Completes when the first store is in place; faults when the first load failed.</summary>
    public Task FirstLoad => _firstLoad.Task;

    /// <summary>The current snapshot; only for code that runs after readiness (the messaging endpoint is gated on it).</summary>
    public KnowledgeSnapshot Require() =>
        Snapshot ?? throw new InvalidOperationException("The framework store is not loaded yet.");

    public void Publish(KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Volatile.Write(ref _snapshot, snapshot);
        _firstLoad.TrySetResult();
    }

    public void FailFirstLoad(Exception fault) => _firstLoad.TrySetException(fault);
}
