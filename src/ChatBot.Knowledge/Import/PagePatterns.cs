using System.Text.RegularExpressions;

namespace ChatBot.Knowledge.Import;

/// <summary>The fixed parts of the framework page template, shared by every occupation the site publishes.</summary>
internal static partial class PagePatterns
{
    [GeneratedRegex(@"^\d{2}-\d{4}\.\d{2}$")]
    public static partial Regex SocCode();

    /// <summary>"SOC 43-5032.00Job Zone 2 · Some Preparationv.26.05".</summary>
    [GeneratedRegex(@"^SOC\s*(?<soc>\d{2}-\d{4}\.\d{2})\s*Job Zone\s*(?<zone>\d+)\s*·\s*(?<label>.*?)\s*(?<version>v\.?\d+(?:\.\d+)*)?\s*$")]
    public static partial Regex OccupationHeader();

    /// <summary>"  3. Customer inquiriesrespond to ...".</summary>
    [GeneratedRegex(@"^\s+(?<number>\d+)\.\s+(?<text>\S.*)$")]
    public static partial Regex NumberedItem();

    /// <summary>"1Communication12 statements".</summary>
    [GeneratedRegex(@"^(?<number>\d+)(?<name>\D.*?)(?<count>\d+) statements?$")]
    public static partial Regex DomainHeader();

    [GeneratedRegex(@"\b\d{2}\.\d{4}\b")]
    public static partial Regex CipCode();

    /// <summary>"Augment share: 17%".</summary>
    [GeneratedRegex(@"^(?<label>[^:]+):\s*(?<value>.+)$")]
    public static partial Regex LabelledFact();
}
