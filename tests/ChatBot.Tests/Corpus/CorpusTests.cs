using System.Text;
using Xunit.Abstractions;

namespace ChatBot.Tests.Corpus;

/// <summary>
/// The corpus of realistic turns (tests/corpus), written from the seed documents by people who never saw the reader,
/// run through the real host as a person in Teams would send them. The held-out part is read only by its figures per
/// category: it measures the reader, it is never debugged case by case.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output, CorpusTests.Host fixture) : IClassFixture<CorpusTests.Host>
{
    /// <summary>The share of turns answered right that the reader must reach, overall and in every category.</summary>
    private const double Overall = 0.95;
    private const double EveryCategory = 0.90;

    /// <summary>The share a set written after the redesign, never read case by case, must reach as a whole.</summary>
    private const double Unseen = 0.97;

    [Fact]
    public async Task DevelopmentCorpus_IsAnsweredAsThePeopleAskingNeed()
    {
        var (scores, failures) = await RunAsync("dev.jsonl");

        output.WriteLine(Table(scores));
        Assert.True(MeetsTargets(scores), $"{Table(scores)}\n{string.Join('\n', failures)}");
    }

    [Fact]
    public async Task HeldOutCorpus_MeetsTheTargetsInEveryCategory()
    {
        // Only the figures: a held-out case read one by one stops measuring anything.
        var (scores, _) = await RunAsync("heldout.jsonl");

        output.WriteLine(Table(scores));
        Assert.True(MeetsTargets(scores), Table(scores));
    }

    [Fact]
    public async Task UnseenSet_IsAnsweredAsThePeopleAskingNeed()
    {
        // Written after the reader was built, three or so turns per category: judged as a whole, read only by figures.
        var (scores, _) = await RunAsync("unseen.jsonl");

        output.WriteLine(Table(scores));
        Assert.True(Share(scores) >= Unseen, Table(scores));
    }

    private async Task<(SortedDictionary<string, (int Passed, int Turns)> Scores, List<string> Failures)> RunAsync(string file)
    {
        var cases = CorpusCase.Load(Path.Combine(AppContext.BaseDirectory, "corpus", file));
        Assert.NotEmpty(cases);
        var client = fixture.App.CreateClient();
        var scores = new SortedDictionary<string, (int Passed, int Turns)>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var corpusCase in cases)
        {
            var number = 0;
            foreach (var (turn, verdict, reply) in await CorpusConversation.RunAsync(client, corpusCase))
            {
                number++;
                var (passed, turns) = scores.GetValueOrDefault(corpusCase.Category);
                scores[corpusCase.Category] = (passed + (verdict.Passed ? 1 : 0), turns + 1);
                if (!verdict.Passed)
                {
                    failures.Add($"{corpusCase.Id}#{number} [{corpusCase.Category}] \"{turn.Say}\": {verdict} | reply: {Shorten(reply)}");
                }
            }
        }

        return (scores, failures);
    }

    private static bool MeetsTargets(SortedDictionary<string, (int Passed, int Turns)> scores) =>
        Share(scores) >= Overall && scores.Values.All(score => (double)score.Passed / score.Turns >= EveryCategory);

    private static double Share(SortedDictionary<string, (int Passed, int Turns)> scores) =>
        (double)scores.Values.Sum(score => score.Passed) / scores.Values.Sum(score => score.Turns);

    private static string Table(SortedDictionary<string, (int Passed, int Turns)> scores)
    {
        var table = new StringBuilder();
        foreach (var (category, (passed, turns)) in scores)
        {
            table.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{category,-22} {passed,5} / {turns,-5} {100.0 * passed / turns,6:F1}%");
        }

        var all = (Passed: scores.Values.Sum(score => score.Passed), Turns: scores.Values.Sum(score => score.Turns));
        table.Append(System.Globalization.CultureInfo.InvariantCulture, $"{"all",-22} {all.Passed,5} / {all.Turns,-5} {100.0 * all.Passed / all.Turns,6:F1}%");
        return table.ToString();
    }

    private static string Shorten(string reply)
    {
        var flat = string.Join(' ', reply.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 300 ? flat : flat[..300] + "...";
    }

    /// <summary>One host for both parts: each case has a conversation of its own.</summary>
    public sealed class Host : IDisposable
    {
        internal BotApplication App { get; } = new();

        public void Dispose() => App.Dispose();
    }
}
