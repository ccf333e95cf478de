using ChatBot.Cards.Model;
using ChatBot.Knowledge.Answers;

namespace ChatBot.Cards;

/// <summary>The card for one level: header, all of the level's statements in order, and their sources.</summary>
internal static class LevelCardBuilder
{
    public static AdaptiveCard Build(LevelAnswer answer, string fallbackText)
    {
        var level = answer.Level;
        var body = new List<CardElement>
        {
            CardParts.Header(answer.Framework, $"{level.Name} level", level.RoleLabel),
            new TextBlock($"What the framework expects at this level ({level.Statements.Length} statements):") { Wrap = true, Spacing = Spacing.Medium, IsSubtle = true },
        };
        body.AddRange(CardParts.StatementList(level.Statements));
        body.Add(CardParts.SourceFooter(answer.Sources, answer.Framework.Attribution));
        return new AdaptiveCard(body) { FallbackText = fallbackText };
    }
}
