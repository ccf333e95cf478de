using System.Collections.Immutable;
using System.Text;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Import;

/// <summary>
/// Imports every seed document in a folder: framework JSON exports, framework pages and articles, told apart by
/// their content, not their names. A file that cannot be read is reported with its name and fault; the others still load.
/// </summary>
public static class SeedImporter
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Imports the *.txt and *.json files directly inside <paramref name="directory"/>, in name order.</summary>
    public static SeedImport ImportDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Seed folder '{directory}' does not exist.");
        }

        var files = Directory.EnumerateFiles(directory)
            .Where(path => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)));
        return Import(files);
    }

    /// <summary>Imports seed documents given as (file name, bytes).</summary>
    public static SeedImport Import(IEnumerable<(string FileName, byte[] Content)> files)
    {
        var issues = ImmutableArray.CreateBuilder<ImportIssue>();
        var exports = new List<FrameworkExport>();
        var pages = new List<FrameworkPage>();
        var references = ImmutableArray.CreateBuilder<ReferenceDocument>();

        // Documents are independent, so they are read on every core; what they say is gathered in file order, so the
        // store and its warnings are the same however the reading was scheduled.
        var read = files.AsParallel().AsOrdered().Select(file => Read(file.FileName, file.Content)).ToList();
        foreach (var (fileName, document, error, warnings) in read)
        {
            switch (document)
            {
                case FrameworkExport export:
                    exports.Add(export);
                    break;
                case FrameworkPage page:
                    pages.Add(page);
                    break;
                case ReferenceDocument reference:
                    references.Add(reference);
                    break;
            }

            if (error is not null)
            {
                issues.Add(new ImportIssue(fileName, ImportSeverity.Error, error));
            }

            issues.AddRange(warnings.Messages.Select(message => new ImportIssue(fileName, ImportSeverity.Warning, message)));
        }

        var frameworks = MergeBySoc(exports, pages, issues);
        return new SeedImport(frameworks, references.ToImmutable(), issues.ToImmutable());
    }

    private static (string FileName, object? Document, string? Error, ImportWarnings Warnings) Read(string fileName, byte[] content)
    {
        var warnings = new ImportWarnings();
        try
        {
            return (fileName, ReadDocument(fileName, content, warnings), null, warnings);
        }
        catch (SeedFormatException exception)
        {
            return (fileName, null, exception.Message, warnings);
        }
    }

    private static object ReadDocument(string fileName, byte[] content, ImportWarnings warnings)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            throw new SeedFormatException("not UTF-8 text");
        }

        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SeedFormatException("the file is empty");
        }

        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            return FrameworkExportParser.Parse(fileName, text, warnings);
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        return FrameworkPageParser.LooksLikePage(lines)
            ? FrameworkPageParser.Parse(fileName, lines, warnings)
            : ReferenceDocumentParser.Parse(fileName, lines);
    }

    private static ImmutableArray<OccupationFramework> MergeBySoc(
        List<FrameworkExport> exports, List<FrameworkPage> pages, ImmutableArray<ImportIssue>.Builder issues)
    {
        var socCodes = exports.Select(export => export.Occupation.SocCode)
            .Concat(pages.Select(page => page.Occupation.SocCode))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        // Looked up by SOC code, not searched for each code: a catalogue holds a thousand of each.
        var exportsBySoc = exports.ToLookup(export => export.Occupation.SocCode, StringComparer.Ordinal);
        var pagesBySoc = pages.ToLookup(page => page.Occupation.SocCode, StringComparer.Ordinal);
        var frameworks = ImmutableArray.CreateBuilder<OccupationFramework>();
        foreach (var soc in socCodes)
        {
            var export = FirstOf(exportsBySoc[soc].Select(candidate => (candidate.FileName, candidate)), soc, issues);
            var page = FirstOf(pagesBySoc[soc].Select(candidate => (candidate.FileName, candidate)), soc, issues);
            var warnings = new ImportWarnings();
            frameworks.Add(FrameworkMerger.Merge(export, page, warnings));
            var reportedAs = string.Join(" + ", new[] { export?.FileName, page?.FileName }.OfType<string>());
            issues.AddRange(warnings.Messages.Select(message => new ImportIssue(reportedAs, ImportSeverity.Warning, message)));
        }

        return frameworks.ToImmutable();
    }

    /// <summary>Two files of one kind for one occupation: the first by name is used, the others reported.</summary>
    private static T? FirstOf<T>(IEnumerable<(string FileName, T Document)> candidates, string soc, ImmutableArray<ImportIssue>.Builder issues)
        where T : class
    {
        var list = candidates.ToList();
        foreach (var (fileName, _) in list.Skip(1))
        {
            issues.Add(new ImportIssue(fileName, ImportSeverity.Error, $"a second document of the same kind for SOC {soc}; {list[0].FileName} is used"));
        }

        return list.Count == 0 ? null : list[0].Document;
    }
}
