using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Import;

/// <summary>
/// Reads one page statement: "Title — description" followed by zero or more citation chips.
/// A statement without chips keeps an empty citation list.
/// </summary>
internal static class StatementTextParser
{
    public const string TitleSeparator = " — ";

    public static Statement Parse(int position, string text, string where, ImportWarnings warnings)
    {
        var segments = text.Split(CitationChipParser.ChipSuffix);
        var body = segments[0];
        var citations = ImmutableArray.CreateBuilder<Citation>();
        if (segments.Length > 1)
        {
            var titleEnd = body.IndexOf(TitleSeparator, StringComparison.Ordinal);
            var searchFrom = titleEnd < 0 ? 0 : titleEnd + TitleSeparator.Length;
            var chipStart = CitationChipParser.FindChipStart(body, searchFrom);
            if (chipStart < 0)
            {
                warnings.Add($"{where}: could not tell the description from its first citation; the text is kept whole and that citation is left out");
            }
            else
            {
                AddChip(body[chipStart..], where, citations, warnings);
                body = body[..chipStart];
            }

            foreach (var chip in segments[1..^1])
            {
                AddChip(chip, where, citations, warnings);
            }

            // The sentence's own full stop can follow the chips ("... before submission Chip. Opens in new tab..").
            body = body.TrimEnd() + segments[^1].Trim();
        }

        var (title, description) = SplitTitle(body.Trim());
        if (title is null)
        {
            warnings.Add($"{where}: no 'title — description' separator; kept as description only");
        }

        return new Statement
        {
            Position = position,
            Title = title,
            Description = description,
            Citations = citations.ToImmutable(),
        };
    }

    /// <summary>Splits "Title — description" at the first separator; title is null when there is none.</summary>
    public static (string? Title, string Description) SplitTitle(string text)
    {
        var separator = text.IndexOf(TitleSeparator, StringComparison.Ordinal);
        return separator <= 0
            ? (null, text)
            : (text[..separator].Trim(), text[(separator + TitleSeparator.Length)..].Trim());
    }

    private static void AddChip(string chip, string where, ImmutableArray<Citation>.Builder citations, ImportWarnings warnings)
    {
        var citation = CitationChipParser.ParseChip(chip);
        if (citation is null)
        {
            warnings.Add($"{where}: citation '{chip.Trim()}' has no recognisable label; left out");
            return;
        }

        citations.Add(citation);
    }
}
