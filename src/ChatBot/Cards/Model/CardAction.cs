using System.Text.Json.Serialization;

namespace ChatBot.Cards.Model;

/// <summary>An action a button or a clickable element runs; the JSON "type" is written from the derived type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
internal abstract record CardAction([property: JsonPropertyOrder(-1)] string Title);
