namespace ChatBot.BotProtocol.Tests;

public class BotFrameworkOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds() =>
        Assert.True(new BotFrameworkOptionsValidator().Validate(null, new BotFrameworkOptions()).Succeeded);

    [Fact]
    public void Validate_MicrosoftAppIdSet_FailsAndSaysWhatToDo()
    {
        var result = new BotFrameworkOptionsValidator().Validate(
            null, new BotFrameworkOptions { MicrosoftAppId = "00000000-0000-0000-0000-000000000001" });

        Assert.True(result.Failed);
        Assert.Contains("authentication issue", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Leave MicrosoftAppId empty", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_MaxRequestBodyBytesNotPositive_Fails(int maxRequestBodyBytes)
    {
        var result = new BotFrameworkOptionsValidator().Validate(
            null, new BotFrameworkOptions { MaxRequestBodyBytes = maxRequestBodyBytes });

        Assert.True(result.Failed);
        Assert.Contains("MaxRequestBodyBytes", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadAllowListEntry_FailsNamingItsIndex()
    {
        var result = new BotFrameworkOptionsValidator().Validate(
            null, new BotFrameworkOptions { AllowedServiceUrls = ["https://smba.trafficmanager.net/amer/", "ftp://x/"] });

        Assert.True(result.Failed);
        Assert.Contains("AllowedServiceUrls:1", result.FailureMessage, StringComparison.Ordinal);
    }
}
