using ChatBot.Knowledge.Text;

namespace ChatBot.Knowledge.Tests.Understanding;

public sealed class VocabularyTests
{
    [Theory]
    [InlineData("loaders", "loader", "leaders")]
    [InlineData("bookers", "booker", "brokers")]
    public void Correct_PluralOfAKnownWord_IsKeptAsTyped(string typed, string known, string oneEditAway)
    {
        var vocabulary = new Vocabulary([known, oneEditAway], [known, oneEditAway], []);

        Assert.Equal(typed, vocabulary.Correct(typed));
    }

    [Fact]
    public void Correct_SingularOfAKnownPlural_IsKeptAsTyped()
    {
        var vocabulary = new Vocabulary(["aides", "side"], ["aides", "side"], ["side"]);

        Assert.Equal("aide", vocabulary.Correct("aide"));
    }

    [Fact]
    public void Correct_RealTypo_IsStillCorrected()
    {
        var vocabulary = new Vocabulary(["proficient"], ["proficient"], []);

        Assert.Equal("proficient", vocabulary.Correct("profficient"));
    }

    [Theory]
    [InlineData("taks", "task", "take")]
    [InlineData("salery", "salary", "sale")]
    public void Correct_TypoSharingAStemWithAnotherKnownWord_IsStillCorrected(string typed, string expected, string sameStem)
    {
        var vocabulary = new Vocabulary([expected, sameStem], [expected, sameStem], [expected]);

        Assert.Equal(expected, vocabulary.Correct(typed));
    }
}
