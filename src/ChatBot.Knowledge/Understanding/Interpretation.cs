namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// How a message was read, for a Debug log: the cues and mentions found (never the message's words), the best
/// candidate intents with their scores, and the one chosen.
/// </summary>
public sealed record Interpretation(string Mentions, string Candidates, string Chosen)
{
    public static Interpretation None { get; } = new("", "", "");

    public override string ToString() => $"chosen={Chosen} candidates=[{Candidates}] {Mentions}";
}
