using ChatBot.BotProtocol.Connector;
using Microsoft.Extensions.Options;

namespace ChatBot.BotProtocol.Tests.Connector;

public class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("http://localhost:56789")]
    [InlineData("https://LOCALHOST/")]
    [InlineData("http://[::1]:3978/")]
    [InlineData("http://127.5.5.5/")]
    public void IsAllowed_Loopback_IsAllowed(string serviceUrl) =>
        Assert.True(CreatePolicy().IsAllowed(serviceUrl));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://localhost.evil.example/")]
    [InlineData("http://128.0.0.1/")]
    [InlineData("ftp://localhost/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/v3/conversations")]
    [InlineData("localhost")]
    [InlineData("")]
    [InlineData("http://user:secret@localhost/")]
    [InlineData("http://user@127.0.0.1/")]
    public void IsAllowed_NotLoopbackOrMalformed_IsRefused(string serviceUrl) =>
        Assert.False(CreatePolicy().IsAllowed(serviceUrl));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/v3/x", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://SMBA.trafficmanager.net/AMER/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/americas/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", "http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net:8443/amer/", false)]
    [InlineData("https://smba.trafficmanager.net", "https://smba.trafficmanager.net.evil.example/", false)]
    [InlineData("https://smba.trafficmanager.net/", "https://user@smba.trafficmanager.net/", false)]
    [InlineData("smba.trafficmanager.net", "https://smba.trafficmanager.net/emea/", true)]
    [InlineData("smba.trafficmanager.net", "http://smba.trafficmanager.net:8080/", true)]
    [InlineData("smba.trafficmanager.net", "https://evil.example/smba.trafficmanager.net/", false)]
    [InlineData("smba.trafficmanager.net", "https://xsmba.trafficmanager.net/", false)]
    public void IsAllowed_AllowListEntry_MatchesPrefixOrExactHost(string entry, string serviceUrl, bool allowed) =>
        Assert.Equal(allowed, CreatePolicy(entry).IsAllowed(serviceUrl));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("smba.trafficmanager.net", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("ftp://smba.trafficmanager.net/", false)]
    [InlineData("https://user:pw@smba.trafficmanager.net/", false)]
    [InlineData("not a host", false)]
    [InlineData("", false)]
    public void IsValidAllowListEntry_Entry_AcceptsUrlsAndHostNamesOnly(string entry, bool valid) =>
        Assert.Equal(valid, ServiceUrlPolicy.IsValidAllowListEntry(entry));

    private static ServiceUrlPolicy CreatePolicy(params string[] allowed) =>
        new(Options.Create(new BotFrameworkOptions { AllowedServiceUrls = allowed }));
}
