namespace ChatBot.Cards.Model;

/// <summary>Buttons inside the card body.</summary>
internal sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
