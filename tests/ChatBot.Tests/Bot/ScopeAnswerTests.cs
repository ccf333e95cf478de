using System.Net;

namespace ChatBot.Tests.Bot;

/// <summary>
/// "Is 911 covered?" gets a no; "who is this for?" or "does it apply to fleet dispatchers?" gets what the framework
/// covers, never a no it does not say.
/// </summary>
public sealed class ScopeAnswerTests : IDisposable
{
    private const string Verdict = "Not what this framework describes.";

    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("Is 911 dispatch covered?")]
    [InlineData("is this framework for public safety dispatchers")]
    public async Task Post_ExcludedWork_SaysItIsNotWhatTheFrameworkDescribes(string question)
    {
        var text = await AskAsync(question);

        Assert.Contains(Verdict, text, StringComparison.Ordinal);
        Assert.Contains("non-emergency dispatch", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what does this framework cover?")]
    [InlineData("who is this framework for?")]
    [InlineData("does it apply to fleet dispatchers?")]
    [InlineData("is a taxi dispatcher covered?")]
    public async Task Post_ScopeInGeneral_SaysWhatItCoversWithoutAVerdict(string question)
    {
        var text = await AskAsync(question);

        Assert.DoesNotContain(Verdict, text, StringComparison.Ordinal);
        Assert.Contains("It covers non-emergency dispatch operations in transportation, fleet", text, StringComparison.Ordinal);
        Assert.Contains("Police, Fire, and Ambulance", text, StringComparison.Ordinal);
    }

    private async Task<string> AskAsync(string question)
    {
        var response = await Activities.PostAsync(_app.CreateClient(), Activities.Message(question));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Activities.AllText(Assert.Single(await Activities.RepliesAsync(response)));
    }
}
