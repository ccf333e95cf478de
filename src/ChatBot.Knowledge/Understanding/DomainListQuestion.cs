using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>"What are the skill domains?"; with a level, every domain's statements at that level.</summary>
public sealed record DomainListQuestion(OccupationFramework Framework, ProficiencyLevel? Level) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("domains", QuestionKey.Name(Level));

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.DomainList(this);

    internal override ConversationContext Next(ConversationContext context) =>
        Remember(context, new ConversationFocus(FocusKind.DurableSkills, Level, null),
            Level is { } level ? Framework.Domains.SelectMany(domain => DomainQuestion.Statements(domain, level)) : []);
}
