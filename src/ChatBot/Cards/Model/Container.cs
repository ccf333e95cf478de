namespace ChatBot.Cards.Model;

/// <summary>A group of elements, optionally styled as a band (the card header uses one).</summary>
internal sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }
}
