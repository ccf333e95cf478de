using ChatBot.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Seeds;

/// <summary>
/// Loads the store in the background once the host starts, so /healthz answers while a large catalogue loads and
/// /readyz says when it is done; then reloads it whenever the seed folder changes. When the first load fails there is
/// nothing to serve, and the host stops.
/// </summary>
internal sealed partial class SeedLoadingService(
    SeedReloader reloader,
    SeedStoreLoader loader,
    CurrentKnowledge knowledge,
    IOptions<SeedOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<SeedLoadingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // All of ExecuteAsync runs in the background (.NET 10), so the host listens while the store loads. The folder is
        // resolved first, so a missing one is reported once, as the reason the bot stops; watching starts before the
        // first load, so an edit made while it runs is not missed.
        SeedFolderChanges? changes = null;
        try
        {
            _ = loader.Folder;
            changes = WatchTheFolder();
            reloader.LoadFirst();
        }
#pragma warning disable CA1031 // Any failure of the first load stops the host; it is logged and handed to readiness.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            changes?.Dispose();
            StopTheHost(exception);
            return;
        }

        using (changes)
        {
            if (changes is null)
            {
                return;
            }

            var quiet = TimeSpan.FromMilliseconds(options.Value.ReloadDelayMilliseconds);
            while (await changes.WaitForQuietChangeAsync(quiet, time, stoppingToken).ConfigureAwait(false))
            {
                reloader.Reload();
            }
        }
    }

    /// <summary>
    /// With no store there is nothing to serve. Stopping is asked for once the host has started: asked earlier, it
    /// would cancel Kestrel's start and end the process with an unhandled exception instead of the exit code.
    /// </summary>
    private void StopTheHost(Exception exception)
    {
        StartupFailure.Report(logger, exception);
        knowledge.FailFirstLoad(exception);
        Environment.ExitCode = StartupFailure.ExitCode;
        lifetime.ApplicationStarted.Register(lifetime.StopApplication);
    }

    /// <summary>The folder's changes, or null when reloading is off or the folder cannot be watched (the store still loads).</summary>
    private SeedFolderChanges? WatchTheFolder()
    {
        if (!options.Value.ReloadOnChange)
        {
            return null;
        }

        try
        {
            return new SeedFolderChanges(loader.Folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            // A missing folder fails the first load below, which logs it; an exhausted inotify limit only costs reloads.
            LogNotWatching(exception.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The seed folder is not watched, so edits need a restart: {Fault}")]
    private partial void LogNotWatching(string fault);
}
