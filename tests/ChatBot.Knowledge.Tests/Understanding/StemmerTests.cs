using ChatBot.Knowledge.Text;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>The forms a question and a framework use for one word meet at one stem.</summary>
public sealed class StemmerTests
{
    [Theory]
    [InlineData("schedules", "scheduling")]
    [InlineData("process", "processes")]
    [InlineData("hostess", "hostesses")]
    [InlineData("stress", "stresses")]
    [InlineData("actuary", "actuaries")]
    [InlineData("dispatcher", "dispatchers")]
    public void Stem_TwoFormsOfOneWord_AreTheSame(string one, string other)
    {
        Assert.Equal(Stemmer.Stem(one), Stemmer.Stem(other));
    }
}
