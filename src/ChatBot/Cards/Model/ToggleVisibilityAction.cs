namespace ChatBot.Cards.Model;

/// <summary>Action.ToggleVisibility: shows or hides the elements with these ids, in the client, without asking the bot.</summary>
internal sealed record ToggleVisibilityAction(string Title, IReadOnlyList<string> TargetElements) : CardAction(Title);
