using System.Globalization;
using System.Text;

namespace ChatBot.SyntheticSeeds;

/// <summary>
/// Renders an occupation as the framework's web page saved as text, line for line in the layout of the real page
/// (seeds/000_*.txt): site chrome, title, SOC header, role levels with glued "Titledescription" statements, the AI-usage
/// levels and the evidence pack, the ten domains with citation chips, the O*NET lists, tasks, CIP codes and the
/// closing source line.
/// </summary>
internal static class PageWriter
{
    private const string ChipSuffix = ". Opens in new tab.";

    public static string Write(SyntheticOccupation occupation)
    {
        var page = new StringBuilder(48 * 1024);
        page.Append("NSXNational Skills ExchangeSign in\n");
        page.Append("Back to Framework\n\n");
        page.Append(occupation.Title).Append("\n\n");
        page.Append(CultureInfo.InvariantCulture, $"SOC {occupation.Soc}Job Zone {occupation.JobZone} · {occupation.JobZoneLabel}{occupation.Version}\n\n");
        page.Append("Context covered").Append(occupation.ContextCovered).Append("\n\n");

        foreach (var level in occupation.Levels)
        {
            page.Append(level.LevelName).Append('\n');
            page.Append(level.RoleLabel).Append('\n');
            Numbered(page, level.Statements, statement => statement.Title + statement.Description);
        }

        page.Append("\nAuthoritative source data identified for 998 occupations\n\n");
        page.Append("How a worker at each mastery level uses, directs, and evaluates AI tools in this occupation. Each statement cites its evidence inline; click a citation chip to verify the source.\n\n");
        foreach (var group in occupation.AiUsage)
        {
            page.Append(group.LevelName).Append('\n');

            // The sentence's full stop follows the chips: "... before submission ChipTitle. Opens in new tab..".
            Numbered(page, group.Statements, statement => $"{statement.Title} — {statement.Description.TrimEnd('.')} {Chips(statement)}.");
        }

        page.Append("Evidence pack\n");
        foreach (var group in occupation.EvidencePack)
        {
            page.Append(group.Name).Append('\n');
            foreach (var fact in group.Facts)
            {
                page.Append(fact.Label is null ? fact.Value : $"{fact.Label}: {fact.Value}").Append('\n');
            }
        }

        page.Append("\nTen durable-skill domains mapped to four proficiency/role levels for each occupation. Each statement is aligned to the Pathsmith taxonomy, derived from trusted grounding data and mapped to occupation-specific O*NET tasks and skills.\n\n");
        foreach (var domain in occupation.Domains)
        {
            page.Append(CultureInfo.InvariantCulture, $"{domain.Number}{domain.Name}{domain.StatementCount} statements\n");
            foreach (var group in domain.Groups)
            {
                page.Append(group.LevelName).Append('\n');
                Numbered(page, group.Statements, statement => $"{statement.Title} — {statement.Description} {Chips(statement)}");
            }
        }

        page.Append(CultureInfo.InvariantCulture, $"Show O*NET source anchors{occupation.Tasks.Length * 7} anchors · skillscrosswalk.com\n\n");
        page.Append("O*NET enrichment · skillscrosswalk.com\n\n");
        page.Append("Suggest an O*NET correction\n\n");
        page.Append("Source anchors that ground each statement\n\n");
        page.Append("Related titles\n").Append(string.Join(" · ", occupation.RelatedTitles)).Append('\n');
        page.Append("RAPIDS apprenticeships\n");
        page.Append("O*NET skills\n").Append(string.Concat(occupation.Skills)).Append('\n');
        page.Append("Knowledge domains\n").Append(string.Concat(occupation.KnowledgeDomains)).Append('\n');
        page.Append("Abilities\n").Append(string.Concat(occupation.Abilities)).Append('\n');
        page.Append("Work styles\n").Append(string.Concat(occupation.WorkStyles)).Append('\n');
        page.Append("Technology\n").Append(string.Concat(occupation.Technology)).Append('\n');
        page.Append("Tasks · seed anchors for statements\n");
        Numbered(page, occupation.Tasks, task => task);
        page.Append("CIP education codes\n");
        foreach (var code in occupation.CipCodes)
        {
            page.Append(code).Append('\n');
        }

        page.Append("\nSources: ").Append(string.Join(", ", occupation.Sources)).Append(". ").Append(occupation.Attribution);
        return page.ToString();
    }

    /// <summary>"LabelFull title. Opens in new tab." per chip, as the page renders them.</summary>
    private static string Chips(SyntheticStatement statement) =>
        string.Join(' ', statement.Citations.Select(citation => citation.Label + citation.SourceTitle + ChipSuffix));

    private static void Numbered<T>(StringBuilder page, IEnumerable<T> items, Func<T, string> text)
    {
        var number = 1;
        foreach (var item in items)
        {
            page.Append(CultureInfo.InvariantCulture, $"  {number++}. {text(item)}\n");
        }
    }
}
