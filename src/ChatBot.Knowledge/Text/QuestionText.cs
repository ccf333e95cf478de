namespace ChatBot.Knowledge.Text;

/// <summary>How much of a chat message is read: the first 2,000 characters, never half an emoji.</summary>
internal static class QuestionText
{
    public const int MaxLength = Tokenizer.MaxQuestionLength;

    /// <summary>
    /// The part of <paramref name="text"/> that is read: its first <see cref="MaxLength"/> characters, one fewer when
    /// the cut would split a surrogate pair (half an emoji cannot be written as JSON).
    /// </summary>
    public static string Considered(string? text)
    {
        if (text is null || text.Length <= MaxLength)
        {
            return text ?? "";
        }

        return text[..(char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength)];
    }
}
