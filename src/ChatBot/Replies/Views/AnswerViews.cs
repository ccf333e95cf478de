using ChatBot.Knowledge.Answers;

namespace ChatBot.Replies.Views;

/// <summary>Picks the view for each kind of answer; a kind of answer without a view does not compile.</summary>
internal sealed class AnswerViews : IAnswerVisitor<AnswerView>
{
    private static readonly AnswerViews Instance = new();

    public static AnswerView For(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Accept(Instance);
    }

    public AnswerView Level(LevelAnswer answer) => LevelViews.Level(answer);

    public AnswerView Compare(CompareAnswer answer) => LevelViews.Compare(answer);

    public AnswerView Progression(ProgressionAnswer answer) => LevelViews.Progression(answer);

    public AnswerView Domain(DomainAnswer answer) => SectionViews.Domain(answer);

    public AnswerView DomainList(DomainListAnswer answer) => SectionViews.DomainList(answer);

    public AnswerView AiUsage(AiUsageAnswer answer) => SectionViews.AiUsage(answer);

    public AnswerView SectionCompare(SectionCompareAnswer answer) => SectionViews.SectionCompare(answer);

    public AnswerView Sections(SectionsAnswer answer) => SectionViews.Sections(answer);

    public AnswerView Evidence(EvidenceAnswer answer) => SectionViews.Evidence(answer);

    public AnswerView List(ListAnswer answer) => ListViews.List(answer);

    public AnswerView ListItem(ListItemAnswer answer) => ListViews.ListItem(answer);

    public AnswerView Coverage(CoverageAnswer answer) => ListViews.Coverage(answer);

    public AnswerView Scope(ScopeAnswer answer) => ReferenceViews.Scope(answer);

    public AnswerView Salary(SalaryAnswer answer) => ReferenceViews.Salary(answer);

    public AnswerView Education(EducationAnswer answer) => ReferenceViews.Education(answer);

    public AnswerView Statement(StatementAnswer answer) => LookupViews.Statement(answer);

    public AnswerView Search(SearchAnswer answer) => LookupViews.Search(answer);

    public AnswerView Filter(FilterAnswer answer) => LookupViews.Filter(answer);

    public AnswerView Sources(SourcesAnswer answer) => ListViews.Sources(answer);

    public AnswerView Codes(CodesAnswer answer) => ListViews.Codes(answer);

    public AnswerView Ladder(LadderAnswer answer) => LevelViews.Ladder(answer);

    public AnswerView About(AboutAnswer answer) => ListViews.About(answer);

    public AnswerView PartlyHeld(PartialAnswer answer) => PartialViews.Partial(answer);

    public AnswerView Combined(CombinedAnswer answer) => PartialViews.Combined(answer);

    public AnswerView Help(HelpAnswer answer) => BotViews.Help(answer);

    public AnswerView OtherOccupation(OtherOccupationAnswer answer) => BotViews.OtherOccupation(answer);

    public AnswerView WhichOccupation(WhichOccupationAnswer answer) => BotViews.WhichOccupation(answer);
}
