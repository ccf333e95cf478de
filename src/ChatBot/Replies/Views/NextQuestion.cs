namespace ChatBot.Replies.Views;

/// <summary>A button: its title and the question a click asks.</summary>
internal sealed record NextQuestion(string Title, string Question);
