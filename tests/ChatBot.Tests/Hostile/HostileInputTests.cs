using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Knowledge.Model;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Hostile;

/// <summary>
/// The hostile corpus (<see cref="HostileCorpus"/>) against the real host: every request answered 2xx or 4xx, replies
/// only to loopback or allow-listed serviceUrls, nothing typed in the logs, and the bot still answering afterwards.
/// A failure lists the cases by name.
/// </summary>
public sealed class HostileInputTests(HostileCorpusRun run) : IClassFixture<HostileCorpusRun>
{
    [Fact]
    public void Corpus_AsGenerated_HasAtLeast300CasesWithDistinctNames()
    {
        Assert.True(run.Outcomes.Count >= 300, $"only {run.Outcomes.Count} cases");
        Assert.Equal(run.Outcomes.Count, run.Outcomes.Select(outcome => outcome.Request.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Post_EveryHostileRequest_Answers2xxOr4xx()
    {
        AssertNone(
            "did not answer 2xx or 4xx",
            run.Outcomes
                .Where(outcome => outcome.Status is not (>= 200 and < 500))
                .Select(outcome => $"{outcome.Request.Name}: {outcome.Status?.ToString(CultureInfo.InvariantCulture) ?? outcome.Error}"));
    }

    [Fact]
    public void Post_EveryHostileRequest_RepliesOnlyToLoopbackOrAllowListedServiceUrls()
    {
        AssertNone(
            "sent where they must not",
            run.Outcomes
                .Where(outcome => outcome.Sent.Any(url => !ReachableServiceUrls.MayReceive(url)) || (!outcome.Request.MaySend && outcome.Sent.Count > 0))
                .Select(outcome => $"{outcome.Request.Name}: {string.Join(", ", outcome.Sent.Select(url => url.GetLeftPart(UriPartial.Path)).Distinct())}"));
    }

    [Fact]
    public void Post_EveryHostileRequest_AnswersJsonThatParsesAndErrorsThatEchoNothing()
    {
        AssertNone(
            "answered JSON that does not parse or is not UTF-8",
            run.Outcomes.Where(outcome => outcome.ContentType == "application/json" && !(outcome.BodyIsUtf8 && Parses(outcome.Body))).Select(outcome => outcome.Request.Name));
        AssertNone(
            "echoed what was typed in an error",
            run.Outcomes
                .Where(outcome => outcome.Status >= 400 && (HostileTemplates.IsTyped(outcome.Body) || outcome.Body.Contains(HostileValues.Markup, StringComparison.Ordinal)))
                .Select(outcome => $"{outcome.Request.Name}: {outcome.Body[..Math.Min(200, outcome.Body.Length)]}"));
    }

    [Fact]
    public void Post_EveryHostileRequest_LeavesNoTypedTextOrUserNameInTheLogs()
    {
        AssertNone(
            "log entries at Information or above carry typed text or a user name",
            run.App.Logs.Entries.Where(entry => entry.Level >= LogLevel.Information && HostileTemplates.IsTyped(entry.Text)).Select(entry => $"{entry.Category} {entry.Level}: {entry.Text}").Distinct());
    }

    [Fact]
    public void Post_EveryHostileRequest_LeavesNoControlCharactersInTheLogs()
    {
        AssertNone(
            "log entries at Information or above carry control characters, which can forge lines or drive a terminal",
            run.App.Logs.Entries
                .Where(entry => entry.Level >= LogLevel.Information && entry.Message.Any(char.IsControl))
                .Select(entry => $"{entry.Category} {entry.Level}: {JsonSerializer.Serialize(entry.Message)}").Distinct());
    }

    [Fact]
    public async Task Post_AfterTheCorpus_ALevelQuestionStillGetsAllTenStatements()
    {
        var level = run.App.Knowledge.Store.Frameworks.Single().FindLevel(ProficiencyLevel.Proficient)!;
        var question = Activities.Message("What does a Proficient dispatcher do?", conversationId: "after-the-corpus");

        var response = await Activities.PostAsync(run.App.CreateClient(), question);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Activities.AllText(Assert.Single(await Activities.RepliesAsync(response))!["attachments"]);
        Assert.Equal(10, level.Statements.Length);
        Assert.All(level.Statements, statement => Assert.Contains(statement.Title!, text, StringComparison.Ordinal));
    }

    private static bool Parses(string json)
    {
        try
        {
            // Replies echo the caller's own nested fields (unknown fields survive), so allow more than the inbound limit.
            JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private void AssertNone(string what, IEnumerable<string> failures)
    {
        var list = failures.ToList();
        if (list.Count > 0)
        {
            Assert.Fail($"{list.Count} of {run.Outcomes.Count} cases {what}:\n{string.Join("\n", list.Take(60))}");
        }
    }
}
