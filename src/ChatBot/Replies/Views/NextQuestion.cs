namespace ChatBot.Replies.Views;

/// <summary>A button: its title, the question a click asks, and which part of the answer it shows.</summary>
internal sealed record NextQuestion(string Title, string Question, int Part = 1);
