namespace ChatBot.Cards.Model;

/// <summary>
/// Action.Submit: a click arrives as a message with empty text and this action's data as its value, in Teams,
/// Web Chat and the Agents Playground alike. The cards use it only as the fallback of an <see cref="ExecuteAction"/>.
/// </summary>
internal sealed record SubmitAction(string Title, QuestionData Data) : CardAction(Title);
