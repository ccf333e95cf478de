using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>The question fits several occupations the store holds; the user picks one.</summary>
public sealed record WhichOccupationQuestion(ImmutableArray<OccupationFramework> Choices, string PendingText) : Question
{
    public override string Key => QuestionKey.Join("which", QuestionKey.All(Choices.Select(choice => choice.Occupation.SocCode)), PendingText);

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.WhichOccupation(this);
}
