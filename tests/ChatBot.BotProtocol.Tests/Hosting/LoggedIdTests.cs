using ChatBot.BotProtocol.Hosting;

namespace ChatBot.BotProtocol.Tests.Hosting;

public sealed class LoggedIdTests
{
    [Theory]
    [InlineData("a:1x2y;messageid=42")]
    [InlineData("19:abc@thread.tacv2;messageid=1700000000000")]
    [InlineData("café · 会話")]
    public void ToString_OrdinaryId_IsTheIdUnchanged(string id) => Assert.Equal(id, new LoggedId(id).ToString());

    [Fact]
    public void ToString_NoId_SaysNull() => Assert.Equal("(null)", new LoggedId(null).ToString());

    [Theory]
    [InlineData("a\r\nforged", "a\\u000d\\u000aforged")]
    [InlineData("\u001b[31mred", "\\u001b[31mred")]
    [InlineData("rtl\u202eid\u2028", "rtl\\u202eid\\u2028")]
    [InlineData("looks\\u000aescaped", "looks\\u005cu000aescaped")]
    public void ToString_ControlFormatOrSeparatorCharacters_AreEscaped(string id, string logged) =>
        Assert.Equal(logged, new LoggedId(id).ToString());

    [Fact]
    public void ToString_VeryLongId_IsCutAndSaysHowLongItWas()
    {
        var logged = new LoggedId(new string('x', 100_000)).ToString();

        Assert.Equal(new string('x', LoggedId.MaxLength) + "…(100000 characters)", logged);
    }
}
