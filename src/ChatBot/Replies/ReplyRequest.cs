namespace ChatBot.Replies;

/// <summary>What a message asks: the question, and which part of a long answer (1 unless "Show more" was clicked).</summary>
internal sealed record ReplyRequest(string Question, int Part = 1);
