using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// One section at two levels side by side: a durable-skill domain (<paramref name="Domain"/>), or AI use when it is
/// null ("communication at Developing vs Applying", "how AI use changes from Emerging to Proficient").
/// </summary>
public sealed record SectionCompareQuestion(OccupationFramework Framework, SkillDomain? Domain, ProficiencyLevel Left, ProficiencyLevel Right) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("section-compare", Domain?.Name ?? "AI", QuestionKey.Name(Left), QuestionKey.Name(Right));

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.SectionCompare(this);

    internal override ConversationContext Next(ConversationContext context) =>
        Remember(context, new ConversationFocus(Domain is null ? FocusKind.AiCompare : FocusKind.DomainCompare, Left, Domain?.Name) { OtherLevel = Right },
            Domain is { } domain
                ? DomainQuestion.Statements(domain, Left).Concat(DomainQuestion.Statements(domain, Right))
                : AiUsageQuestion.Statements(Framework, Left).Concat(AiUsageQuestion.Statements(Framework, Right)));
}
