namespace ChatBot.Cards.Model;

/// <summary>
/// The data of a button that asks the bot something: the question, answered exactly as if typed, and the part to
/// show. Action.Execute and its Action.Submit fallback carry the same data, so either kind of click reads the same.
/// </summary>
internal sealed record QuestionData(string Question)
{
    /// <summary>Which part of a long answer; omitted for the first.</summary>
    public int? Part { get; init; }
}
