using System.Collections.Immutable;
using System.Text.Json;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Import;

/// <summary>Reads a framework's JSON export. The export is authoritative for level statement titles and descriptions.</summary>
internal static class FrameworkExportParser
{
    public const string SupportedSchemaVersion = "1.0";

    public static FrameworkExport Parse(string fileName, string json, ImportWarnings warnings)
    {
        ExportDocumentDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, ExportJsonContext.Default.ExportDocumentDto);
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line ? $" at line {line + 1}, byte {exception.BytePositionInLine + 1}" : "";
            var path = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "" : $" ({exception.Path})";
            throw new SeedFormatException($"not valid JSON{where}{path}", exception);
        }

        if (dto is null)
        {
            throw new SeedFormatException("the JSON document is null");
        }

        if (dto.SchemaVersion != SupportedSchemaVersion)
        {
            throw new SeedFormatException(dto.SchemaVersion is null
                ? $"no schemaVersion (this build reads {SupportedSchemaVersion})"
                : $"unknown schemaVersion '{dto.SchemaVersion}' (this build reads {SupportedSchemaVersion})");
        }

        var occupation = dto.Occupation ?? throw new SeedFormatException("no 'occupation' object");
        if (string.IsNullOrWhiteSpace(occupation.Soc) || !PagePatterns.SocCode().IsMatch(occupation.Soc))
        {
            throw new SeedFormatException($"occupation.soc '{occupation.Soc}' is not an O*NET-SOC code like 43-5032.00");
        }

        if (string.IsNullOrWhiteSpace(occupation.Title))
        {
            throw new SeedFormatException("occupation.title is missing");
        }

        var framework = dto.Framework ?? throw new SeedFormatException("no 'framework' object");
        return new FrameworkExport
        {
            FileName = fileName,
            Occupation = new OccupationProfile
            {
                SocCode = occupation.Soc,
                Title = occupation.Title.Trim(),
                Group = NullIfBlank(occupation.Group),
                Sector = NullIfBlank(occupation.Sector),
                JobZone = occupation.JobZone,
                JobZoneInferred = occupation.JobZoneInferred,
            },
            Version = NullIfBlank(framework.Version),
            Description = NullIfBlank(framework.Description),
            ContextCovered = NullIfBlank(framework.ContextCovered),
            Levels = ParseLevels(framework.Levels, warnings),
            Sources = [.. (dto.Sources ?? []).Where(pair => !string.IsNullOrWhiteSpace(pair.Value))],
            Attribution = NullIfBlank(dto.Attribution),
            ExportedAt = dto.ExportedAt,
        };
    }

    private static ImmutableArray<RoleLevel> ParseLevels(Dictionary<string, ExportLevelDto>? levels, ImportWarnings warnings)
    {
        if (levels is null || levels.Count == 0)
        {
            throw new SeedFormatException("framework.levels is missing or empty");
        }

        var parsed = new List<RoleLevel>();
        foreach (var (key, level) in levels)
        {
            if (!LevelNames.TryParseRoleLevel(key, out var proficiency))
            {
                warnings.Add($"framework.levels.{key} is not one of emerging, developing, proficient, advanced; skipped");
                continue;
            }

            var statements = (level.Statements ?? [])
                .Select((text, index) => ToStatement(index + 1, text, $"{key} statement {index + 1}", warnings))
                .ToImmutableArray();
            if (statements.IsEmpty)
            {
                warnings.Add($"framework.levels.{key} has no statements");
            }

            parsed.Add(new RoleLevel
            {
                Level = proficiency,
                Name = NullIfBlank(level.Label) ?? proficiency.ToString(),
                Statements = statements,
            });
        }

        foreach (var missing in Enum.GetValues<ProficiencyLevel>().Where(value => parsed.All(level => level.Level != value)))
        {
            warnings.Add($"framework.levels has no '{missing.ToString().ToLowerInvariant()}' level");
        }

        return [.. parsed.OrderBy(level => level.Level)];
    }

    private static Statement ToStatement(int position, string? text, string where, ImportWarnings warnings)
    {
        var (title, description) = StatementTextParser.SplitTitle((text ?? "").Trim());
        if (title is null)
        {
            warnings.Add($"framework.levels {where}: no 'title — description' separator; kept as description only");
        }

        return new Statement { Position = position, Title = title, Description = description };
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
