namespace ChatBot.Cards.Model;

internal sealed record Fact(string Title, string Value);
