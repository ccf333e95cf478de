namespace ChatBot.Knowledge.Understanding;

/// <summary>One method per kind of question: whatever answers questions answers every kind, or does not compile.</summary>
public interface IQuestionVisitor<out T>
{
    T Level(LevelQuestion question);

    T Compare(CompareQuestion question);

    T Progression(ProgressionQuestion question);

    T Domain(DomainQuestion question);

    T DomainList(DomainListQuestion question);

    T AiUsage(AiUsageQuestion question);

    T SectionCompare(SectionCompareQuestion question);

    T Sections(SectionsQuestion question);

    T Evidence(EvidenceQuestion question);

    T List(ListQuestion question);

    T ListItem(ListItemQuestion question);

    T Coverage(CoverageQuestion question);

    T Scope(ScopeQuestion question);

    T Salary(SalaryQuestion question);

    T Education(EducationQuestion question);

    T Statement(StatementQuestion question);

    T Search(SearchQuestion question);

    T Filter(FilterQuestion question);

    T Sources(SourcesQuestion question);

    T Codes(CodesQuestion question);

    T Ladder(LadderQuestion question);

    T About(AboutQuestion question);

    T PartlyHeld(PartialQuestion question);

    T Combined(CombinedQuestion question);

    T Help(HelpQuestion question);

    T OtherOccupation(OtherOccupationQuestion question);

    T WhichOccupation(WhichOccupationQuestion question);
}
