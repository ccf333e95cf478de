namespace ChatBot.Knowledge.Understanding.Intents;

/// <summary>A row of the intent table that fits a message, and its score.</summary>
internal readonly record struct Candidate(IntentRow Row, double Score)
{
    public override string ToString() => $"{Row.Name} {Score:F2}";
}
