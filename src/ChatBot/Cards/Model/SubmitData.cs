namespace ChatBot.Cards.Model;

/// <summary>The value of a button click: the question to ask, answered exactly as if typed, and the part to show.</summary>
internal sealed record SubmitData(string Question)
{
    /// <summary>Which part of a long answer; omitted for the first.</summary>
    public int? Part { get; init; }
}
