using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Store;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>
/// In a conversation about dispatchers, a question naming another occupation's workers moves to that occupation,
/// whatever the plural of its title ("Actuaries", "Waitresses") and wherever O*NET puts the noun ("Farmworkers and
/// Laborers, Crop, Nursery, and Greenhouse").
/// </summary>
public sealed class PersonNounTests
{
    [Theory]
    [InlineData("Actuaries", "what does a proficient actuary do?")]
    [InlineData("Hosts and Hostesses", "what does a proficient hostess do?")]
    [InlineData("Farmworkers and Laborers, Crop, Nursery, and Greenhouse", "what does a proficient laborer do?")]
    public void Read_AnotherOccupationsWorkerInADispatcherConversation_MovesToThatOccupation(string title, string question)
    {
        var reader = new QuestionReader(new KnowledgeIndex(StoreWith(title)));
        var (_, context) = reader.Read("what does a proficient dispatcher do?", ConversationContext.Empty);

        var reading = reader.Read(question, context);

        var level = ReadingAssert.Is<LevelQuestion>(reading.Question, question);
        Assert.Equal(title, level.Framework.Occupation.Title);
    }

    [Theory]
    [InlineData("Actuaries", new[] { "actuaries", "actuary" })]
    [InlineData("Hosts and Hostesses", new[] { "hostesses", "hostess" })]
    [InlineData("Farmworkers and Laborers, Crop, Nursery, and Greenhouse", new[] { "laborers", "laborer" })]
    [InlineData("Dispatchers, Except Police, Fire, and Ambulance", new[] { "dispatchers", "dispatcher" })]
    [InlineData("Chief Executive", new[] { "executive", "executives" })]
    [InlineData("Secretary", new[] { "secretary", "secretaries" })]
    [InlineData("Boss", new[] { "boss", "bosses" })]
    public void PersonNouns_AreTheHeadNounInBothNumbers(string title, string[] nouns)
    {
        var index = new KnowledgeIndex(StoreWith(title)).Index.BySoc[OtherSoc];

        Assert.Equal(nouns, index.PersonNouns);
    }

    private const string OtherSoc = "13-2011.01";

    private static FrameworkStore StoreWith(string title)
    {
        const string dispatchersTitle = "Dispatchers, Except Police, Fire, and Ambulance";
        var export = Seeds.Text(Seeds.ExportFile);
        var other = export.Replace(Seeds.DispatchersSoc, OtherSoc, StringComparison.Ordinal).Replace(dispatchersTitle, title, StringComparison.Ordinal);
        var import = Seeds.Import(("000_dispatchers.txt", Seeds.Text(Seeds.PageFile)), ("001_dispatchers.txt", export), ("003_other.txt", other));
        return FrameworkStore.Create(import);
    }
}
