namespace ChatBot.Soak;

/// <summary>A question typed as a person would, and what its answer must list.</summary>
internal sealed record Question(string Text, Expectation Expected);
