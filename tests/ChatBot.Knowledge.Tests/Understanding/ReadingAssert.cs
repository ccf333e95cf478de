using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>
/// Assertions for the phrasing tables: a reading of the wrong kind fails with what the reader made of the text
/// (kind and entities), so a failing phrasing says at once how it was misread.
/// </summary>
internal static class ReadingAssert
{
    /// <summary>The question as <typeparamref name="T"/>, or a failure that describes what was read instead.</summary>
    public static T Is<T>(Question question, string? text = null)
        where T : Question
    {
        Assert.True(question is T, $"'{text}': expected {typeof(T).Name} but read {Describe(question)}");
        return (T)question;
    }

    /// <summary>What a user would notice about a reading: its kind, its occupation and the entities it picked.</summary>
    public static string Describe(Question question) => question switch
    {
        LevelQuestion level => $"LevelQuestion({Soc(level)}, {level.Level}{(level.Fit is null ? "" : $", fit cues [{string.Join(", ", level.Fit.Cues)}]")})",
        CompareQuestion compare => $"CompareQuestion({Soc(compare)}, {compare.Left} vs {compare.Right})",
        ProgressionQuestion progression => $"ProgressionQuestion({Soc(progression)}, {progression.From} -> {progression.To})",
        DomainQuestion domain => $"DomainQuestion({Soc(domain)}, {domain.Domain.Name}, {Level(domain.Level)})",
        DomainListQuestion list => $"DomainListQuestion({Soc(list)}, {Level(list.Level)})",
        AiUsageQuestion ai => $"AiUsageQuestion({Soc(ai)}, {Level(ai.Level)})",
        EvidenceQuestion evidence => $"EvidenceQuestion({Soc(evidence)}, fact '{evidence.FactLabel}')",
        ListQuestion list => $"ListQuestion({Soc(list)}, {list.List})",
        ListItemQuestion item => $"ListItemQuestion({Soc(item)}, {item.List}, item '{item.Item}', matches [{string.Join(" | ", item.Matches)}])",
        CoverageQuestion coverage => $"CoverageQuestion({Soc(coverage)}, '{coverage.RelatedTitle}')",
        ScopeQuestion scope => $"ScopeQuestion({Soc(scope)}, [{string.Join(", ", scope.AskedAbout)}], excluded: {scope.NamesExcludedWork})",
        SalaryQuestion salary => $"SalaryQuestion({Soc(salary)})",
        StatementQuestion statement => $"StatementQuestion({Soc(statement)}, [{string.Join(" | ", statement.Matches.Select(match => $"{match.Statement.Title} @ {match.Place.Describe()}"))}])",
        SearchQuestion search => $"SearchQuestion({Soc(search)}, terms [{string.Join(", ", search.Terms)}])",
        SourcesQuestion sources => $"SourcesQuestion({Soc(sources)}, focus {(sources.Focus is null ? "none" : $"{sources.Focus.Kind}/{Level(sources.Focus.Level)}/{sources.Focus.DomainName}")})",
        CodesQuestion codes => $"CodesQuestion({Soc(codes)})",
        HelpQuestion help => $"HelpQuestion({help.Reason}, suggestions [{string.Join(" | ", help.Suggestions)}])",
        OtherOccupationQuestion other => $"OtherOccupationQuestion('{other.AskedFor}')",
        WhichOccupationQuestion which => $"WhichOccupationQuestion([{string.Join(", ", which.Choices.Select(choice => choice.Occupation.SocCode))}])",
        _ => question.GetType().Name,
    };

    private static string Soc(FrameworkQuestion question) => question.Framework.Occupation.SocCode;

    private static string Level(ProficiencyLevel? level) => level?.ToString() ?? "no level";
}
