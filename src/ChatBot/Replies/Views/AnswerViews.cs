using ChatBot.Knowledge.Answers;

namespace ChatBot.Replies.Views;

/// <summary>Picks the view for each kind of answer.</summary>
internal static class AnswerViews
{
    public static AnswerView For(Answer answer) => answer switch
    {
        LevelAnswer a => LevelViews.Level(a),
        CompareAnswer a => LevelViews.Compare(a),
        ProgressionAnswer a => LevelViews.Progression(a),
        DomainAnswer a => SectionViews.Domain(a),
        DomainListAnswer a => SectionViews.DomainList(a),
        AiUsageAnswer a => SectionViews.AiUsage(a),
        EvidenceAnswer a => SectionViews.Evidence(a),
        ListAnswer a => ListViews.List(a),
        ListItemAnswer a => ListViews.ListItem(a),
        CoverageAnswer a => ListViews.Coverage(a),
        CodesAnswer a => ListViews.Codes(a),
        SourcesAnswer a => ListViews.Sources(a),
        ScopeAnswer a => ReferenceViews.Scope(a),
        SalaryAnswer a => ReferenceViews.Salary(a),
        StatementAnswer a => LookupViews.Statement(a),
        SearchAnswer a => LookupViews.Search(a),
        HelpAnswer a => BotViews.Help(a),
        OtherOccupationAnswer a => BotViews.OtherOccupation(a),
        WhichOccupationAnswer a => BotViews.WhichOccupation(a),
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer.GetType().Name, "No view for this kind of answer."),
    };
}
