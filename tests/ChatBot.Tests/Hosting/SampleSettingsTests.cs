using System.Net;
using Microsoft.Extensions.Configuration;

namespace ChatBot.Tests.Hosting;

/// <summary>appsettings.sample.json is what a developer copies from: taken whole, the host must accept it and answer.</summary>
public sealed class SampleSettingsTests
{
    [Fact]
    public async Task Startup_WithEverySettingOfTheSample_ValidatesAndAnswers()
    {
        var sample = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.sample.json"), optional: false)
            .Build();
        var settings = sample.AsEnumerable().Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key, pair => pair.Value);
        Assert.Equal("UserAssignedMSI", settings["MicrosoftAppType"]);
        Assert.DoesNotContain(settings.Keys, key => key.Equals("Urls", StringComparison.OrdinalIgnoreCase));

        using var app = new BotApplication(settings);
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        var replies = await Activities.RepliesAsync(await Activities.PostAsync(client, Activities.Message("What does a Proficient dispatcher do?")));
        Assert.Contains("Complex dispatch coordination", Activities.AllText(replies), StringComparison.Ordinal);
    }
}
