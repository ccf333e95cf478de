using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;

namespace ChatBot.Replies.Views;

/// <summary>Views of the O*NET lists, related titles, codes and sources.</summary>
internal static class ListViews
{
    public static AnswerView List(ListAnswer answer)
    {
        var name = ListNames.Of(answer.List);
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = name,
            Subheading = $"{answer.Items.Length} items",
            Lead = $"{name} listed for {answer.Framework.Occupation.Title}: {answer.Items.Length} items.",
            Blocks = [new ItemsBlock(answer.Others.IsEmpty ? null : name, answer.Items, Numbered: answer.List == OnetList.Tasks),
                .. answer.Others.Select(other => new ItemsBlock(ListNames.Of(other.List), other.Items, Numbered: other.List == OnetList.Tasks))],
            Sources = answer.Sources,
            NextQuestions = [.. OtherLists(answer.List), Ask.Sources],
        };
    }

    public static AnswerView ListItem(ListItemAnswer answer)
    {
        var name = ListNames.Of(answer.List);
        var found = !answer.Matches.IsEmpty;
        if (answer.Selecting)
        {
            return Selection(answer, name);
        }

        var verdict = found
            ? $"Yes: the {name} list includes {string.Join("; ", answer.Matches.Select(match => match.TrimEnd('.')))}."
            : $"No: nothing in the {name} list matches \"{answer.Item}\".";
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = found ? $"Listed under {name}" : $"Not listed under {name}",
            Lead = verdict,
            Blocks = [new NoteBlock(verdict, Emphasis: true), new ItemsBlock($"The whole {name} list", answer.Items, Numbered: answer.List == OnetList.Tasks)],
            Sources = answer.Sources,
            NextQuestions = [.. OtherLists(answer.List).Take(3), Ask.Sources],
        };
    }

    /// <summary>"Which of those are bus related?": only the items that match, with how many of the list's they are.</summary>
    private static AnswerView Selection(ListItemAnswer answer, string name)
    {
        var verdict = answer.Matches.IsEmpty
            ? $"None of the {answer.Items.Length} items on the {name} list match \"{answer.Item}\"."
            : $"{answer.Matches.Length} of the {answer.Items.Length} items on the {name} list match \"{answer.Item}\".";
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = $"{name}: {answer.Item}",
            Lead = verdict,
            Blocks = answer.Matches.IsEmpty
                ? [new NoteBlock(verdict, Emphasis: true)]
                : [new NoteBlock(verdict, Emphasis: true), new ItemsBlock(null, answer.Matches, Numbered: false)],
            Sources = answer.Sources,
            NextQuestions = [new NextQuestion($"The whole {name} list", $"List the {name.ToLowerInvariant()}"), .. OtherLists(answer.List).Take(2), Ask.Sources],
        };
    }

    public static AnswerView Coverage(CoverageAnswer answer)
    {
        var occupation = answer.Framework.Occupation;
        var verdict = $"Yes: {answer.RelatedTitle} is one of the related titles of {occupation.Title} (SOC {occupation.SocCode}), so this framework applies.";
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = $"{answer.RelatedTitle} is covered",
            Subheading = "Related title",
            Lead = verdict,
            Blocks = [new NoteBlock(verdict, Emphasis: true), new ItemsBlock("Related titles", answer.Framework.Onet.RelatedTitles, Numbered: false)],
            Sources = answer.Sources,
            NextQuestions = [.. Enum.GetValues<ProficiencyLevel>().Select(Ask.Level), Ask.Sources],
        };
    }

    public static AnswerView Codes(CodesAnswer answer)
    {
        var framework = answer.Framework;
        var occupation = framework.Occupation;
        var facts = new List<(string, string)> { ("Occupation", occupation.Title), ("SOC code", occupation.SocCode) };
        AddIf(facts, "Job zone", occupation.JobZone is { } zone ? $"Job Zone {zone}{(occupation.JobZoneLabel is null ? "" : $" · {occupation.JobZoneLabel}")}" : null);
        AddIf(facts, "CIP codes", framework.Onet.CipCodes.IsEmpty ? null : string.Join(", ", framework.Onet.CipCodes));
        AddIf(facts, "Occupation group", occupation.Group);
        AddIf(facts, "Sector", occupation.Sector);
        AddIf(facts, "Framework version", framework.Version);
        return new AnswerView
        {
            Framework = framework,
            Heading = "Codes and classification",
            Lead = $"{occupation.Title}: SOC {occupation.SocCode}{(occupation.JobZone is { } z ? $", Job Zone {z}{(occupation.JobZoneLabel is null ? "" : $" ({occupation.JobZoneLabel})")}" : "")}{(framework.Onet.CipCodes.IsEmpty ? "" : $", CIP {string.Join(", ", framework.Onet.CipCodes)}")}{(framework.Version is null ? "" : $", framework {framework.Version}")}.",
            Blocks = [new FactsBlock(null, [.. facts])],
            Sources = answer.Sources,
            NextQuestions = [Ask.Sources, new NextQuestion("Related titles", "List the related titles")],
        };
    }

    /// <summary>The framework's version, export date, attribution and where its data comes from, as its documents state them.</summary>
    public static AnswerView About(AboutAnswer answer)
    {
        var framework = answer.Framework;
        var facts = new List<(string, string)> { ("Occupation", $"{framework.Occupation.Title} (SOC {framework.Occupation.SocCode})") };
        AddIf(facts, "Framework version", framework.Version);
        AddIf(facts, "Exported", framework.ExportedAt is { } exported ? $"{exported.UtcDateTime:d MMMM yyyy} ({exported.UtcDateTime:yyyy-MM-dd})" : null);
        AddIf(facts, "Attribution", framework.Attribution);
        foreach (var source in framework.LevelSources)
        {
            facts.Add(("Data from", source.Url is { } url ? $"{source.Name} ({url.OriginalString})" : source.Name));
        }

        var when = framework.ExportedAt is { } date ? $", exported {date.UtcDateTime:d MMMM yyyy}" : "";
        return new AnswerView
        {
            Framework = framework,
            Heading = "About this framework",
            Subheading = framework.Version,
            Lead = $"The {framework.Occupation.Title} framework{(framework.Version is null ? "" : $", version {framework.Version}")}{when}{(framework.Attribution is null ? "" : $"; {framework.Attribution}")}. Its sources: {string.Join("; ", answer.Sources.Select(source => source.Name))}.",
            Blocks = [new FactsBlock(null, [.. facts]), new ItemsBlock("Sources", [.. answer.Sources.Select(source => Describe(source))], Numbered: true)],
            Sources = [],
            NextQuestions = [Ask.Sources, new NextQuestion("Codes", "What are the SOC and CIP codes?"), Ask.Help],
        };
    }

    public static AnswerView Sources(SourcesAnswer answer) => new()
    {
        Framework = answer.Framework,
        Heading = answer.Focus is null ? "Sources" : $"Sources for {answer.Focus}",
        Subheading = $"{answer.Sources.Length} sources",
        Lead = answer.Focus is null
            ? $"The {answer.Framework.Occupation.Title} framework draws on {answer.Sources.Length} sources: {string.Join("; ", answer.Sources.Select(source => source.Name))}."
            : $"The sources behind {answer.Focus}: {string.Join("; ", answer.Sources.Select(source => source.Name))}.",
        Blocks = answer.Statements.IsEmpty
            ? [new ItemsBlock(null, [.. answer.Sources.Select(source => Describe(source))], Numbered: true)]
            : [new StatementsBlock("What each statement cites", answer.Statements, Sourcing.PerStatement), new ItemsBlock("The sources", [.. answer.Sources.Select(source => Describe(source))], Numbered: true)],
        Sources = [],
        NextQuestions = [Ask.Evidence, new NextQuestion("SOC and CIP codes", "What are the SOC and CIP codes?")],
    };

    /// <summary>"Name — full title", with the URL where one is certain (cards link the text instead).</summary>
    public static string Describe(SourceEntry source, bool withUrl = true)
    {
        var parts = source.Name;
        if (source.FullTitle is { } title && !string.Equals(title, source.Name, StringComparison.Ordinal))
        {
            parts = title.StartsWith(source.Name, StringComparison.Ordinal) ? title : $"{source.Name} — {title}";
        }

        if (withUrl && source.Url is { } url)
        {
            parts += $" ({url.OriginalString})";
        }

        return parts;
    }

    private static IEnumerable<NextQuestion> OtherLists(OnetList current) =>
        Enum.GetValues<OnetList>().Where(list => list != current).Take(4)
            .Select(list => new NextQuestion(ListNames.Of(list), $"List the {ListNames.Of(list).ToLowerInvariant()}"));

    private static void AddIf(List<(string, string)> facts, string label, string? value)
    {
        if (value is not null)
        {
            facts.Add((label, value));
        }
    }
}
