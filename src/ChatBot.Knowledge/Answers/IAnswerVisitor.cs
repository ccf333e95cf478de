namespace ChatBot.Knowledge.Answers;

/// <summary>One method per kind of answer: whatever shows answers shows every kind, or does not compile.</summary>
public interface IAnswerVisitor<out T>
{
    T Level(LevelAnswer answer);

    T Compare(CompareAnswer answer);

    T Progression(ProgressionAnswer answer);

    T Domain(DomainAnswer answer);

    T DomainList(DomainListAnswer answer);

    T AiUsage(AiUsageAnswer answer);

    T SectionCompare(SectionCompareAnswer answer);

    T Sections(SectionsAnswer answer);

    T Evidence(EvidenceAnswer answer);

    T List(ListAnswer answer);

    T ListItem(ListItemAnswer answer);

    T Coverage(CoverageAnswer answer);

    T Scope(ScopeAnswer answer);

    T Salary(SalaryAnswer answer);

    T Education(EducationAnswer answer);

    T Statement(StatementAnswer answer);

    T Search(SearchAnswer answer);

    T Filter(FilterAnswer answer);

    T Sources(SourcesAnswer answer);

    T Codes(CodesAnswer answer);

    T Ladder(LadderAnswer answer);

    T About(AboutAnswer answer);

    T PartlyHeld(PartialAnswer answer);

    T Combined(CombinedAnswer answer);

    T Help(HelpAnswer answer);

    T OtherOccupation(OtherOccupationAnswer answer);

    T WhichOccupation(WhichOccupationAnswer answer);
}
