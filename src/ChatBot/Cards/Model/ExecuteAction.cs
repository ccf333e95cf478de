namespace ChatBot.Cards.Model;

/// <summary>
/// Action.Execute (Universal Actions): a click reaches the bot as an <c>adaptiveCard/action</c> invoke carrying the verb
/// and the data, and the card the bot answers with replaces this one in place. Hosts that do not know Action.Execute
/// use <see cref="Fallback"/> instead, which must therefore ask the same question.
/// </summary>
internal sealed record ExecuteAction(string Title, string Verb, QuestionData Data) : CardAction(Title)
{
    public CardAction? Fallback { get; init; }
}
