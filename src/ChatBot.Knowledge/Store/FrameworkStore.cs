using System.Collections.Frozen;
using System.Collections.Immutable;
using ChatBot.Knowledge.Import;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Store;

/// <summary>
/// The immutable in-memory store of frameworks, keyed by SOC code, plus the reference documents and what the
/// import reported. Built once; safe to share between threads without locks.
/// </summary>
public sealed class FrameworkStore
{
    private readonly FrozenDictionary<string, OccupationFramework> _bySoc;

    private FrameworkStore(SeedImport import)
    {
        Frameworks = import.Frameworks;
        References = import.References;
        Issues = import.Issues;
        _bySoc = import.Frameworks.ToFrozenDictionary(framework => framework.Occupation.SocCode, StringComparer.OrdinalIgnoreCase);
        Summary = new StoreSummary(
            Occupations: Frameworks.Length,
            Statements: Frameworks.Sum(framework => framework.AllStatements().Count()),
            Citations: Frameworks.Sum(framework => framework.AllStatements().Sum(statement => statement.Citations.Length)),
            ReferenceDocuments: References.Length,
            Warnings: Issues.Count(issue => issue.Severity == ImportSeverity.Warning),
            Errors: Issues.Count(issue => issue.Severity == ImportSeverity.Error));
    }

    /// <summary>Frameworks in SOC-code order.</summary>
    public ImmutableArray<OccupationFramework> Frameworks { get; }

    public ImmutableArray<ReferenceDocument> References { get; }

    public ImmutableArray<ImportIssue> Issues { get; }

    public StoreSummary Summary { get; }

    public static FrameworkStore Create(SeedImport import) => new(import);

    /// <summary>Imports a seed folder into a new store.</summary>
    public static FrameworkStore Load(string seedDirectory) => new(SeedImporter.ImportDirectory(seedDirectory));

    public OccupationFramework? FindBySoc(string socCode) => _bySoc.GetValueOrDefault(socCode);
}
