using System.Text.Json.Serialization;

namespace ChatBot.Cards.Model;

/// <summary>An element of an Adaptive Card body; the JSON "type" is written from the derived type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
internal abstract record CardElement
{
    /// <summary>Unique within the card; needed only by elements an <see cref="ToggleVisibilityAction"/> targets.</summary>
    public string? Id { get; init; }

    /// <summary>False: hidden until a <see cref="ToggleVisibilityAction"/> shows it.</summary>
    public bool? IsVisible { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }
}
