namespace ChatBot.Knowledge.Understanding;

/// <summary>A question about an occupation the store does not hold ("a proficient nurse").</summary>
public sealed record OtherOccupationQuestion(string AskedFor) : Question
{
    public override string Key => QuestionKey.Join("other", AskedFor);

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.OtherOccupation(this);
}
