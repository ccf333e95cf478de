namespace ChatBot.Cards.Model;

/// <summary>The value of a button click: the question to ask, answered exactly as if typed.</summary>
internal sealed record SubmitData(string Question);
