using System.Threading.Channels;

namespace ChatBot.Seeds;

/// <summary>
/// Signals that something in the seed folder changed: files written, created, deleted or renamed over (an atomic
/// replace), or the watcher's own overflow, after which any change may have been missed. Signals coalesce, so a
/// burst of events is one pending change.
/// </summary>
internal sealed class SeedFolderChanges : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public SeedFolderChanges(string folder)
    {
        _watcher = new FileSystemWatcher(folder)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
        };
        _watcher.Changed += (_, _) => Signal();
        _watcher.Created += (_, _) => Signal();
        _watcher.Deleted += (_, _) => Signal();
        _watcher.Renamed += (_, _) => Signal();
        _watcher.Error += (_, _) => Signal();
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Waits for a change, then for the folder to stay quiet for <paramref name="quiet"/>.</summary>
    /// <returns>False when <paramref name="cancellationToken"/> ends the wait.</returns>
    public async Task<bool> WaitForQuietChangeAsync(TimeSpan quiet, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            await _signals.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            do
            {
                await Task.Delay(quiet, time, cancellationToken).ConfigureAwait(false);
            }
            while (_signals.Reader.TryRead(out _));

            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Dispose() => _watcher.Dispose();

    private void Signal() => _signals.Writer.TryWrite(true);
}
