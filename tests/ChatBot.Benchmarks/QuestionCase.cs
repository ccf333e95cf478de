namespace ChatBot.Benchmarks;

/// <summary>A question to benchmark; <paramref name="After"/> is asked first, for a follow-up's context.</summary>
/// <param name="Name">The short name the results table shows.</param>
/// <param name="Text">What the user types.</param>
/// <param name="After">The earlier question whose context the follow-up reads in, if any.</param>
public sealed record QuestionCase(string Name, string Text, string? After = null)
{
    public override string ToString() => Name;
}
