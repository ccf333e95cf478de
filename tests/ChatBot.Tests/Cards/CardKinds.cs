namespace ChatBot.Tests.Cards;

/// <summary>Every kind of card the bot produces, each asked the way a person would.</summary>
internal static class CardKinds
{
    public static readonly CardKind[] All =
    [
        new("level", "What does a Proficient dispatcher do?"),
        new("level-fit", "We have people who've just finished their first year and work mostly on their own now, but they aren't yet handling the complicated multi-zone stuff. Which level fits them?"),
        new("compare", "Compare Emerging and Advanced"),
        new("progression", "How do I get from Developing to Proficient?"),
        new("domain-level", "communication skills for a senior dispatcher"),
        new("domain-all", "all the leadership statements"),
        new("domain-list", "What are the skill domains?"),
        new("domains-at-level", "Durable skills at the Developing level"),
        new("ai-level", "How do Developing dispatchers use AI?"),
        new("ai-all", "How is AI used at each level?"),
        new("evidence", "What's the SAFI top skill?"),
        new("list-tasks", "List the tasks"),
        new("list-technology", "Which technology is listed?"),
        new("list-related-titles", "List the related titles"),
        new("item-yes", "Is GIS one of the technologies?"),
        new("item-no", "Is Excel in the technology list?"),
        new("coverage", "Is a cab starter covered?"),
        new("scope", "Can we use this for our 911 call centre?"),
        new("salary", "What do dispatchers earn vs 911 operators?"),
        new("statement", "What is Customer escalation handling?"),
        new("search", "anything about angry customers?"),
        new("sources", "What sources does the framework use?"),
        new("sources-followup", "show the sources for that", ["How do Developing dispatchers use AI?"]),
        new("codes", "What's the SOC code for this framework?"),
        new("help", "help"),
        new("did-you-mean", "escalation thingy"),
        new("not-understood", "what's the capital of France?"),
        new("other-occupation", "what does a proficient nurse do"),
    ];

    public static IEnumerable<object[]> Cases => All.Select(kind => new object[] { kind });
}
