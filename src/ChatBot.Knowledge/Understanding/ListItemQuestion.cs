using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>"Is GIS one of the technologies?": the item asked about and the list items it matches (none: not listed).</summary>
public sealed record ListItemQuestion(OccupationFramework Framework, OnetList List, string Item, ImmutableArray<string> Matches) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("item", List.ToString(), Item, QuestionKey.All(Matches));

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.ListItem(this);

    internal override ConversationContext Next(ConversationContext context) =>
        Remember(context, new ConversationFocus(FocusKind.List, context.Level, null) { List = List }, []);
}
