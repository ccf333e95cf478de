using System.Text;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// A text key naming everything an answer depends on: the kind of question, its occupation and its entities. Two
/// questions with the same key get the same answer from the same store, however differently they were phrased, so
/// the key can index a cache of answers and rendered replies.
/// </summary>
public static class QuestionKey
{
    private const char Separator = '\u001F';

    /// <summary>The key of <paramref name="question"/>.</summary>
    public static string Of(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question switch
        {
            LevelQuestion level => Join("level", level.Framework, Name(level.Level), Fit(level.Fit)),
            CompareQuestion compare => Join("compare", compare.Framework, Name(compare.Left), Name(compare.Right)),
            ProgressionQuestion progression => Join("progression", progression.Framework, Name(progression.From), Name(progression.To)),
            DomainQuestion domain => Join("domain", domain.Framework, domain.Domain.Name, Name(domain.Level)),
            DomainListQuestion domains => Join("domains", domains.Framework, Name(domains.Level)),
            AiUsageQuestion ai => Join("ai", ai.Framework, Name(ai.Level)),
            EvidenceQuestion evidence => Join("evidence", evidence.Framework, evidence.FactLabel ?? ""),
            ListQuestion list => Join("list", list.Framework, list.List.ToString()),
            ListItemQuestion item => Join("item", item.Framework, item.List.ToString(), item.Item, All(item.Matches)),
            CoverageQuestion coverage => Join("coverage", coverage.Framework, coverage.RelatedTitle),
            ScopeQuestion scope => Join("scope", scope.Framework, All(scope.AskedAbout)),
            SalaryQuestion salary => Join("salary", salary.Framework),
            StatementQuestion statement => Join("statement", statement.Framework, All(statement.Matches.Select(Place))),
            SearchQuestion search => Join("search", search.Framework, All(search.Terms)),
            SourcesQuestion sources => Join("sources", sources.Framework, Focus(sources.Focus)),
            CodesQuestion codes => Join("codes", codes.Framework),
            HelpQuestion help => string.Join(Separator, "help", help.Reason.ToString(), All(help.Suggestions)),
            OtherOccupationQuestion other => string.Join(Separator, "other", other.AskedFor),
            WhichOccupationQuestion which => string.Join(Separator, "which", All(which.Choices.Select(choice => choice.Occupation.SocCode)), which.PendingText),
            _ => throw new ArgumentOutOfRangeException(nameof(question), question.GetType().Name, "No key for this kind of question."),
        };
    }

    private static string Join(string kind, OccupationFramework framework, params ReadOnlySpan<string> entities)
    {
        var key = new StringBuilder(kind).Append(Separator).Append(framework.Occupation.SocCode);
        foreach (var entity in entities)
        {
            key.Append(Separator).Append(entity);
        }

        return key.ToString();
    }

    private static string Name(ProficiencyLevel? level) => level?.ToString() ?? "";

    private static string Fit(LevelFit? fit) => fit is null ? "" : All(fit.Cues) + "/" + All(fit.RuledOut);

    private static string Focus(ConversationFocus? focus) =>
        focus is null ? "" : $"{focus.Kind}/{Name(focus.Level)}/{focus.DomainName}";

    private static string Place(PlacedStatement placed) =>
        $"{placed.Place.Section}/{placed.Place.Level}/{placed.Place.DomainName}/{placed.Statement.Position}";

    private static string All(IEnumerable<string> items) => string.Join('\u001E', items);
}
