namespace ChatBot.Cards.Model;

/// <summary>Label and value pairs, such as the evidence pack's figures.</summary>
internal sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;
