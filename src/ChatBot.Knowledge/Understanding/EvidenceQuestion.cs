using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>The evidence pack, with the fact asked about when there is one ("Time saved").</summary>
public sealed record EvidenceQuestion(OccupationFramework Framework, string? FactLabel) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("evidence", FactLabel ?? "");

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Evidence(this);

    internal override ConversationContext Next(ConversationContext context) =>
        Remember(context, new ConversationFocus(FocusKind.Evidence, context.Level, null), []);
}
