using System.Text.RegularExpressions;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;

namespace ChatBot.Replies.Views;

/// <summary>
/// The evidence pack in words people read: each figure with a plain label, its value (an export identifier such as
/// "Q2_ai_augmented" written out as "Q2 — AI-augmented"), one line on what it is, and its source. The lines say only
/// what the framework page supports: which index reports the figure, for this occupation, under which label. Where
/// the page does not say what a figure measures, the line says so instead of guessing.
/// </summary>
internal static partial class EvidenceFigures
{
    /// <summary>What the page's labels stand for, by group (its first word) and label; the meaning of a figure is never guessed beyond it.</summary>
    private static readonly Dictionary<(string Group, string Label), (string Label, string Meaning)> Known = new()
    {
        [("AEI", "task observations")] = ("Task observations", "How many task observations the index reports for this occupation."),
        [("AEI", "augment share")] = ("Augment share", "The augment share the index reports for this occupation; the evidence pack does not define it further."),
        [("AEI", "time saved")] = ("Time saved", "The time saved the index reports for this occupation; the evidence pack does not say what it is measured against."),
        [("AEI", "ai autonomy")] = ("AI autonomy", "The AI-autonomy figure the index reports for this occupation; the evidence pack gives no scale for it."),
        [("SAFI", "top skill")] = ("Top skill", "The top skill SAFI names for this occupation."),
        [("SAFI", "score")] = ("Score", "This occupation's score on the Skill Automation Feasibility Index (SAFI)."),
        [("SAFI", "quadrant")] = ("Quadrant", "The quadrant SAFI places this occupation in."),
        [("SAFI", "precision")] = ("Precision", "The precision the evidence pack gives for SAFI's figures on this occupation; it does not explain it further."),
        [("WEF", "")] = ("Cluster", "The cluster of the WEF Skills Taxonomy the evidence pack names for this occupation."),
    };

    /// <summary>Each group of the pack as figures, under the group's name.</summary>
    public static IEnumerable<FiguresBlock> Groups(OccupationFramework framework, IReadOnlyList<SourceEntry> sources) =>
        framework.EvidencePack.Select(group => new FiguresBlock(group.Name, [.. Figures(group, sources)]));

    /// <summary>The figure for one fact of the pack (the one a question asked for).</summary>
    public static Figure Of(EvidenceGroup group, EvidenceFact fact, IReadOnlyList<SourceEntry> sources) => Figure(group, fact, sources);

    /// <summary>How many figures the pack holds, once each.</summary>
    public static int Count(OccupationFramework framework) => framework.EvidencePack.Sum(group => Distinct(group).Count());

    /// <summary>The pack's values exactly as the framework page gives them, identifiers and duplicates included, for matching to it.</summary>
    public static SectionBlock PageValues(OccupationFramework framework) =>
        new("Values as the framework page gives them", "unformatted, for matching to the page",
            [.. framework.EvidencePack.Select(group => new FactsBlock(group.Name, [.. group.Facts.Select(fact => (fact.Label ?? "(no label)", fact.Value))]))]);

    private static IEnumerable<Figure> Figures(EvidenceGroup group, IReadOnlyList<SourceEntry> sources) =>
        Distinct(group).Select(fact => Figure(group, fact, sources));

    /// <summary>The group's facts, a value given twice (as a name and as an identifier) once.</summary>
    private static IEnumerable<EvidenceFact> Distinct(EvidenceGroup group) =>
        group.Facts.DistinctBy(fact => (fact.Label?.ToUpperInvariant(), Squashed(fact.Value)));

    private static Figure Figure(EvidenceGroup group, EvidenceFact fact, IReadOnlyList<SourceEntry> sources)
    {
        var key = (GroupKey(group), fact.Label?.ToLowerInvariant() ?? "");
        var (label, meaning) = Known.TryGetValue(key, out var known)
            ? known
            : (Capitalised(fact.Label ?? group.Name), "As the evidence pack gives it for this occupation; it does not explain it further.");
        return new Figure(label, Readable(fact.Value), meaning, SourceOf(group, sources));
    }

    /// <summary>"Anthropic Economic Index" for the AEI group: the source the page names for it, else the group's own name.</summary>
    private static string SourceOf(EvidenceGroup group, IReadOnlyList<SourceEntry> sources)
    {
        var word = GroupKey(group) switch
        {
            "AEI" => "Anthropic",
            var other => other,
        };
        return sources.FirstOrDefault(source => source.Name.Contains(word, StringComparison.OrdinalIgnoreCase))?.Name ?? group.Name;
    }

    private static string GroupKey(EvidenceGroup group) => group.Name.Split(' ')[0].ToUpperInvariant();

    /// <summary>"Q2_ai_augmented" → "Q2 — AI-augmented"; "exact" → "Exact"; other values as given.</summary>
    private static string Readable(string value)
    {
        if (!Identifier().IsMatch(value))
        {
            return value.Length > 0 && char.IsLower(value[0]) && !value.Contains(' ', StringComparison.Ordinal) ? Capitalised(value) : value;
        }

        var words = value.Split('_').Select(word => word.Equals("ai", StringComparison.OrdinalIgnoreCase) ? "AI" : word.ToLowerInvariant()).ToList();
        return Quadrant().IsMatch(words[0])
            ? $"{words[0].ToUpperInvariant()} — {Capitalised(string.Join('-', words.Skip(1)))}"
            : Capitalised(string.Join(' ', words));
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Squashed(string value) => string.Concat(value.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    [GeneratedRegex(@"^[A-Za-z0-9]+(_[A-Za-z0-9]+)+$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^[qQ][0-9]+$")]
    private static partial Regex Quadrant();
}
