using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Replies.Views;

/// <summary>Views of statements found by title or by keyword, each saying where it belongs.</summary>
internal static class LookupViews
{
    public static AnswerView Statement(StatementAnswer answer)
    {
        var first = answer.Matches[0];
        var title = first.Statement.Title ?? first.Statement.Description;
        var places = string.Join("; ", answer.Matches.Select(match => match.Place.Describe()));
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = title,
            Subheading = places,
            Lead = $"{title} ({places}): {first.Statement.Description}",
            Blocks = [new PlacedStatementsBlock(
                [.. answer.Matches.Select(SearchHit.Of)],
                ShowWhere: answer.Matches.Length > 1)],
            Sources = answer.Sources,
            NextQuestions = [.. answer.Matches.Select(match => match.Place.Level).Distinct().Take(2).Select(Ask.Level), Ask.Sources],
        };
    }

    /// <summary>The previous answer's statements that cite a source or use a word, each saying where it belongs.</summary>
    public static AnswerView Filter(FilterAnswer answer)
    {
        var source = answer.Source?.Name;
        var what = answer.Rule switch
        {
            FilterRule.Cites => $"cite {source}",
            FilterRule.CitesOnly => $"cite {source} and nothing else",
            FilterRule.DoesNotCite => $"do not cite {source}",
            FilterRule.CitesNothing => "cite no source",
            _ => $"mention {string.Join(" or ", answer.Terms)}",
        };
        var among = answer.OfPreviousAnswer ? "in the previous answer" : "asked about";
        var verdict = answer.Matches.IsEmpty
            ? $"None of the {answer.Searched.Length} statements {among} {what}."
            : $"{answer.Matches.Length} of the {answer.Searched.Length} statements {among} {what}.";
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = $"Those that {what}",
            Lead = verdict,
            Blocks = answer.Matches.IsEmpty
                ? [new NoteBlock(verdict, Emphasis: true)]
                : [new NoteBlock(verdict, Emphasis: true), new PlacedStatementsBlock([.. answer.Matches.Select(SearchHit.Of)])],
            Sources = answer.Sources,
            NextQuestions = [Ask.Sources, Ask.Help],
        };
    }

    public static AnswerView Search(SearchAnswer answer)
    {
        var terms = string.Join(" ", answer.Terms);
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = $"Search: {terms}",
            SelfContainedQuestion = $"Which statements mention {terms}",
            Subheading = answer.Hits.IsEmpty ? "No matches" : answer.Hits.Length == 1 ? "1 match" : $"{answer.Hits.Length} matches, best first",
            Lead = answer.Hits.IsEmpty
                ? $"Nothing in the {answer.Framework.Occupation.Title} framework mentions \"{terms}\"."
                : answer.Hits.Length == 1 ? $"1 place in the {answer.Framework.Occupation.Title} framework matches \"{terms}\"."
                : $"{answer.Hits.Length} places in the {answer.Framework.Occupation.Title} framework match \"{terms}\", best first.",
            Blocks = answer.Hits.IsEmpty ? [new NoteBlock($"Nothing matches \"{terms}\". Try another word, or ask for a level or a skill domain.")] : [new PlacedStatementsBlock(answer.Hits)],
            Sources = answer.Sources,
            NextQuestions = [Ask.Domains, Ask.Help],
        };
    }
}
