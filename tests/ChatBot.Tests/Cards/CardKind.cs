namespace ChatBot.Tests.Cards;

/// <summary>A kind of answer card, the question that produces it, and any turns that set up its context.</summary>
public sealed record CardKind(string Name, string Question, string[]? Before = null)
{
    public override string ToString() => Name;
}
