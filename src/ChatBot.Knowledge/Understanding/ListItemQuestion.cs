using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// "Is GIS one of the technologies?": the item asked about and the list items it matches (none: not listed); or
/// "which of those are bus related?": the items that match, as a selection of the list (<see cref="Selecting"/>).
/// </summary>
public sealed record ListItemQuestion(OccupationFramework Framework, OnetList List, string Item, ImmutableArray<string> Matches) : FrameworkQuestion(Framework)
{
    /// <summary>Whether the question picks the matching items out of the list rather than checks one item.</summary>
    public bool Selecting { get; init; }

    public override string Key => KeyOf("item", List.ToString(), Item, QuestionKey.All(Matches), Selecting ? "which" : "");

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.ListItem(this);

    internal override ConversationContext Next(ConversationContext context) =>
        Remember(context, new ConversationFocus(FocusKind.List, context.Level, null) { List = List }, []);
}
