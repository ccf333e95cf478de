using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Store;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

public sealed class QuestionReaderTests
{
    [Theory]
    [InlineData("What does a Proficient dispatcher do?", ProficiencyLevel.Proficient)]
    [InlineData("what is expected at the emerging level", ProficiencyLevel.Emerging)]
    [InlineData("give me the ADVANCED statements", ProficiencyLevel.Advanced)]
    [InlineData("Developing.", ProficiencyLevel.Developing)]
    public void Read_QuestionNamingOneLevel_IsALevelQuestion(string text, ProficiencyLevel expected)
    {
        var question = Seeds.Reader().Read(text);

        var level = Assert.IsType<LevelQuestion>(question);
        Assert.Equal((Seeds.DispatchersSoc, expected), (level.Framework.Occupation.SocCode, level.Level));
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("what's an advancement plan")]
    public void Read_QuestionNamingNoSingleLevel_IsHelp(string? text)
    {
        Assert.IsType<HelpQuestion>(Seeds.Reader().Read(text));
    }

    [Fact]
    public void Read_WithSeveralOccupations_PicksTheOneTheQuestionNames()
    {
        var reader = new QuestionReader(new KnowledgeIndex(TwoOccupationStore()));

        var dispatcher = Assert.IsType<LevelQuestion>(reader.Read("what does a proficient dispatcher do"));
        var supervisor = Assert.IsType<LevelQuestion>(reader.Read("emerging transportation supervisors"));

        Assert.Equal("43-5032.00", dispatcher.Framework.Occupation.SocCode);
        Assert.Equal("53-1047.00", supervisor.Framework.Occupation.SocCode);
    }

    [Fact]
    public void Read_AnOccupationNeitherFrameworkCovers_SaysSoInsteadOfAskingWhichOne()
    {
        var question = new QuestionReader(new KnowledgeIndex(TwoOccupationStore())).Read("proficient police officer");

        Assert.Equal("officer", Assert.IsType<OtherOccupationQuestion>(question).AskedFor);
    }

    [Theory]
    [InlineData("what is expected at the proficient level")]
    [InlineData("proficient level statements")]
    public void Read_WithSeveralOccupationsAndNoneNamed_AsksWhichOccupation(string text)
    {
        var question = new QuestionReader(new KnowledgeIndex(TwoOccupationStore())).Read(text);

        Assert.Equal(["43-5032.00", "53-1047.00"], Assert.IsType<WhichOccupationQuestion>(question).Choices.Select(choice => choice.Occupation.SocCode));
    }

    [Fact]
    public void Considered_CutThatWouldSplitAnEmoji_StopsBeforeTheEmoji()
    {
        // The emoji's high surrogate is the 2,000th character: a plain cut would keep it without its low half.
        var considered = QuestionReader.Considered(new string(' ', QuestionReader.MaxQuestionLength - 1) + "\U0001F600");

        Assert.Equal(new string(' ', QuestionReader.MaxQuestionLength - 1), considered);
        Assert.False(char.IsHighSurrogate(considered[^1]));
    }

    [Fact]
    public void Considered_EmojiEndingAtTheCut_IsKeptWhole()
    {
        var whole = new string(' ', QuestionReader.MaxQuestionLength - 2) + "\U0001F600";

        Assert.Equal(whole, QuestionReader.Considered(whole + " and more"));
    }

    private static FrameworkStore TwoOccupationStore()
    {
        var export = Seeds.Text(Seeds.ExportFile);
        var other = export
            .Replace("43-5032.00", "53-1047.00", StringComparison.Ordinal)
            .Replace("Dispatchers, Except Police, Fire, and Ambulance", "First-Line Supervisors of Transportation Workers", StringComparison.Ordinal);
        return FrameworkStore.Create(Seeds.Import(("a.txt", export), ("b.txt", other)));
    }
}
