using System.Collections.Immutable;

namespace ChatBot.Knowledge.Understanding;

/// <summary>Help, a greeting, thanks, or a question not understood (with up to three "did you mean" suggestions).</summary>
public sealed record HelpQuestion(HelpReason Reason, ImmutableArray<string> Suggestions) : Question
{
    public override string Key => QuestionKey.Join("help", Reason.ToString(), QuestionKey.All(Suggestions));

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Help(this);
}
