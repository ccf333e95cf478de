using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Import;

/// <summary>
/// Reads the citation chips of a page statement. The page renders each chip as its label glued to the source's
/// full title and a screen-reader suffix: "Jadhav &amp; Danve, 2026Skill Automation Feasibility Index — Jadhav &amp; Danve,
/// 2026 (arXiv:2604.06906). Opens in new tab." The label is split off where a glued capital starts the title and
/// every word of the label also appears in the title, which is how the site builds its chips.
/// </summary>
internal static class CitationChipParser
{
    public const string ChipSuffix = ". Opens in new tab.";

    private static readonly char[] TokenTrim = [',', ';', ':', '(', ')', '[', ']', '.'];

    /// <summary>Splits one chip ("LabelFull title") into its label and full title, or null when no split fits.</summary>
    public static Citation? ParseChip(string chip)
    {
        chip = chip.Trim();
        for (var i = 1; i < chip.Length; i++)
        {
            if (!GluedText.IsGlue(chip[i - 1], chip[i]))
            {
                continue;
            }

            var label = chip[..i];
            var title = chip[i..];
            if (LabelStart(label, title) == 0)
            {
                return new Citation(label.Trim(), title.Trim());
            }
        }

        return null;
    }

    /// <summary>
    /// Finds where the first chip starts in "description words LabelFull title": the leftmost glue point whose
    /// preceding words all belong to the title. Returns the chip's start index, or -1 when none fits.
    /// </summary>
    public static int FindChipStart(string textWithChip, int searchFrom)
    {
        for (var i = Math.Max(1, searchFrom); i < textWithChip.Length; i++)
        {
            if (!GluedText.IsGlue(textWithChip[i - 1], textWithChip[i]))
            {
                continue;
            }

            var before = textWithChip[searchFrom..i];
            var labelStart = LabelStart(before, textWithChip[i..]);
            if (labelStart >= 0)
            {
                return searchFrom + labelStart;
            }
        }

        return -1;
    }

    /// <summary>
    /// Walks back over the words of <paramref name="textBeforeGlue"/> while each is a word of <paramref name="title"/>
    /// (case-sensitive) and returns where that run starts, or -1 when not even the glued word belongs to the title.
    /// </summary>
    private static int LabelStart(string textBeforeGlue, string title)
    {
        var titleTokens = Tokens(title).ToHashSet(StringComparer.Ordinal);
        var end = textBeforeGlue.Length;
        var start = -1;
        while (end > 0)
        {
            var wordStart = textBeforeGlue.LastIndexOf(' ', end - 1) + 1;
            var token = Normalize(textBeforeGlue[wordStart..end]);
            if (token.Length > 0 && !titleTokens.Contains(token))
            {
                break;
            }

            start = wordStart;
            end = wordStart == 0 ? 0 : wordStart - 1;
            while (end > 0 && textBeforeGlue[end - 1] == ' ')
            {
                end--;
            }
        }

        return start;
    }

    private static IEnumerable<string> Tokens(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Normalize).Where(token => token.Length > 0);

    private static string Normalize(string word) => word.Trim().Trim(TokenTrim);
}
