namespace ChatBot.Soak;

/// <summary>The kinds of answer the soak asks for and checks statement by statement.</summary>
internal enum AnswerKind
{
    Level,
    Domain,
    Ai,
}
