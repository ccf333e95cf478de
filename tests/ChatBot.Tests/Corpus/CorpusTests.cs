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
    // Floors, not targets: each a point or two under what the reader measured when it was last changed (development
    // 91.3%, held-out 84.7%, unseen 91.0%), so a change that makes the reader worse fails here. The targets the reader
    // is built towards are higher (95% overall and 90% in every category on the corpus, 97% on the unseen set) and
    // are not met yet; README ("How it reads questions") keeps the figures.
    private const double DevelopmentFloor = 0.90;
    private const double HeldOutFloor = 0.83;
    private const double UnseenFloor = 0.89;

    [Fact]
    public async Task DevelopmentCorpus_StaysAtOrAboveItsFloor()
    {
        var (scores, failures) = await RunAsync("dev.jsonl");

        output.WriteLine(Table(scores));
        Assert.True(Share(scores) >= DevelopmentFloor, $"{Table(scores)}\n{string.Join('\n', failures)}");
    }

    [Fact]
    public async Task HeldOutCorpus_StaysAtOrAboveItsFloor()
    {
        // Only the figures: a held-out case read one by one stops measuring anything.
        var (scores, _) = await RunAsync("heldout.jsonl");

        output.WriteLine(Table(scores));
        Assert.True(Share(scores) >= HeldOutFloor, Table(scores));
    }

    [Fact]
    public async Task UnseenSet_StaysAtOrAboveItsFloor()
    {
        // Written after the reader was built, three or so turns per category: judged as a whole, read only by figures.
        var (scores, _) = await RunAsync("unseen.jsonl");

        output.WriteLine(Table(scores));
        Assert.True(Share(scores) >= UnseenFloor, Table(scores));
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
