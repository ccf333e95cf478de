using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Store;
using Microsoft.Extensions.Options;

namespace ChatBot.Seeds;

/// <summary>Imports the seed folder into a store and logs what it loaded and what each file that failed got wrong.</summary>
internal sealed partial class SeedStoreLoader(IOptions<SeedOptions> options, IHostEnvironment environment, ILogger<SeedStoreLoader> logger)
{
    private readonly Lazy<string> _folder = new(() => ResolveFolder(options.Value.Path, environment.ContentRootPath, AppContext.BaseDirectory));

    /// <summary>The seed folder, resolved against the content root on first use, so a missing one fails the load that logs it.</summary>
    public string Folder => _folder.Value;

    /// <summary>Imports the folder; throws when not one framework loads, since the bot cannot answer anything then.</summary>
    public FrameworkStore Load()
    {
        var store = FrameworkStore.Load(Folder);
        foreach (var issue in store.Issues)
        {
            if (issue.Severity == ImportSeverity.Error)
            {
                LogFileError(issue.FileName, issue.Message);
            }
            else
            {
                LogFileWarning(issue.FileName, issue.Message);
            }
        }

        var summary = store.Summary;
        LogLoaded(summary.Occupations, summary.Statements, summary.Citations, summary.ReferenceDocuments, summary.Warnings, summary.Errors, Folder);
        if (store.Frameworks.IsEmpty)
        {
            throw new InvalidOperationException(
                $"No framework loaded from '{Folder}': {summary.Errors} file(s) failed to import (see the errors above). The bot needs at least one framework to answer.");
        }

        return store;
    }

    /// <summary>
    /// `dotnet run --project src/ChatBot` from the repository root and the test host (content root src/ChatBot)
    /// both find the repository's seeds/ this way, without a machine-specific path in configuration. A published bot
    /// carries its seeds beside ChatBot.dll (<paramref name="appBase"/>), found last, so `dotnet ChatBot.dll` answers
    /// from whichever folder it is started.
    /// </summary>
    internal static string ResolveFolder(string configured, string contentRoot, string? appBase = null)
    {
        if (System.IO.Path.IsPathRooted(configured))
        {
            return Directory.Exists(configured) ? configured : throw new DirectoryNotFoundException($"Seed folder '{configured}' (Seeds:Path) does not exist.");
        }

        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, configured);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        if (appBase is not null && Directory.Exists(System.IO.Path.Combine(appBase, configured)))
        {
            return System.IO.Path.Combine(appBase, configured);
        }

        var beside = appBase is null ? "" : $" nor beside the application in '{appBase}'";
        throw new DirectoryNotFoundException($"Seed folder '{configured}' (Seeds:Path) was not found in '{contentRoot}' or any folder above it{beside}.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Occupations} occupation(s), {Statements} statements, {Citations} citations, {References} reference document(s); {Warnings} warning(s), {Errors} error(s) from {Folder}")]
    private partial void LogLoaded(int occupations, int statements, int citations, int references, int warnings, int errors, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seed file {FileName} not loaded: {Fault}")]
    private partial void LogFileError(string fileName, string fault);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed file {FileName}: {Warning}")]
    private partial void LogFileWarning(string fileName, string warning);
}
