namespace ChatBot.BotProtocol.Tests;

public class BotFrameworkOptionsValidatorTests
{
    private const string AppId = "00000000-0000-0000-0000-000000000001";
    private const string Secret = "s3cr3t-value";

    [Fact]
    public void Validate_Defaults_Succeeds() =>
        Assert.True(new BotFrameworkOptionsValidator().Validate(null, new BotFrameworkOptions()).Succeeded);

    [Theory]
    [InlineData(AppId, "pw", null, null)]
    [InlineData(AppId, "pw", null, "multitenant")]
    [InlineData(AppId, "pw", "tenant-1", "SingleTenant")]
    [InlineData(AppId, "pw", "tenant-1", "singletenant")]
    [InlineData(AppId, null, "tenant-1", "UserAssignedMSI")]
    [InlineData(AppId, "", "tenant-1", "userassignedmsi")]
    [InlineData(null, null, null, "MultiTenant")]
    [InlineData(null, null, null, "SingleTenant")]
    [InlineData(null, null, null, "UserAssignedMSI")]
    [InlineData("", null, "", "UserAssignedMSI")]
    public void Validate_ValidCredentialCombination_Succeeds(string? appId, string? password, string? tenantId, string? appType) =>
        Assert.True(new BotFrameworkOptionsValidator().Validate(null, new BotFrameworkOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = password,
            MicrosoftAppTenantId = tenantId,
            MicrosoftAppType = appType,
        }).Succeeded);

    [Theory]
    [InlineData(AppId, null, null, null, "MicrosoftAppPassword")]
    [InlineData(AppId, " ", null, "MultiTenant", "MicrosoftAppPassword")]
    [InlineData(AppId, "pw", null, "SingleTenant", "MicrosoftAppTenantId")]
    [InlineData(AppId, null, "tenant-1", "SingleTenant", "MicrosoftAppPassword")]
    [InlineData(AppId, null, null, "UserAssignedMSI", "MicrosoftAppTenantId")]
    [InlineData(AppId, Secret, "tenant-1", "UserAssignedMSI", "MicrosoftAppPassword")]
    [InlineData(AppId, "pw", null, "ManagedIdentity", "MicrosoftAppType")]
    [InlineData(null, null, null, "ManagedIdentity", "MicrosoftAppType")]
    public void Validate_InvalidCredentialCombination_FailsNamingTheKey(
        string? appId, string? password, string? tenantId, string? appType, string key)
    {
        var result = new BotFrameworkOptionsValidator().Validate(null, new BotFrameworkOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = password,
            MicrosoftAppTenantId = tenantId,
            MicrosoftAppType = appType,
        });

        Assert.True(result.Failed);
        Assert.StartsWith(key, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("http://10.0.0.1/v1/.well-known/openidconfiguration")]
    [InlineData("ftp://login.botframework.com/")]
    [InlineData("https://user:pw@login.botframework.com/")]
    [InlineData("/v1/.well-known/openidconfiguration")]
    [InlineData("")]
    public void Validate_MetadataUrlNotHttpsNorLoopbackHttp_FailsNamingTheKey(string metadataUrl)
    {
        var result = new BotFrameworkOptionsValidator().Validate(
            null, new BotFrameworkOptions { ToBotFromChannelOpenIdMetadataUrl = metadataUrl });

        Assert.True(result.Failed);
        Assert.StartsWith("ToBotFromChannelOpenIdMetadataUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/v1/.well-known/openidconfiguration")]
    [InlineData("http://localhost/v1/.well-known/openidconfiguration")]
    [InlineData("http://[::1]:5000/metadata")]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration")]
    public void Validate_MetadataUrlHttpsOrLoopbackHttp_Succeeds(string metadataUrl) =>
        Assert.True(new BotFrameworkOptionsValidator().Validate(
            null, new BotFrameworkOptions { ToBotFromChannelOpenIdMetadataUrl = metadataUrl }).Succeeded);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Validate_EmptyTokenIssuer_FailsNamingTheKey(string issuer)
    {
        var result = new BotFrameworkOptionsValidator().Validate(
            null, new BotFrameworkOptions { ToBotFromChannelTokenIssuer = issuer });

        Assert.True(result.Failed);
        Assert.StartsWith("ToBotFromChannelTokenIssuer", result.FailureMessage, StringComparison.Ordinal);
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
