using System.Globalization;

namespace ChatBot.Soak;

/// <summary>What the soak drives and where: read from the command line run.sh passes.</summary>
internal sealed record SoakOptions
{
    public required Uri Endpoint { get; init; }

    public required int BotProcessId { get; init; }

    public required string SeedsPath { get; init; }

    public int DurationSeconds { get; init; } = 60;

    public int Rate { get; init; } = 200;

    /// <summary>Distinct conversations over the whole run.</summary>
    public int Conversations { get; init; } = 3000;

    /// <summary>The bot's Conversations:MaxConversations, which the contexts held must stay within.</summary>
    public int MaxConversations { get; init; } = 1000;

    /// <summary>The word the questions name the occupation by; the framework whose title starts with it is asked about.</summary>
    public string Occupation { get; init; } = "dispatcher";

    /// <summary>When resident memory is first read; growth is measured from here to the end of the run.</summary>
    public int FirstMemorySampleSeconds { get; init; } = 10;

    public int TotalRequests => checked(DurationSeconds * Rate);

    /// <summary>When resident memory is read: first at 10 s, then every 10 s, and at the end (so a plateau shows from a leak).</summary>
    public List<TimeSpan> MemorySampleTimes() =>
        [.. Enumerable.Range(1, (DurationSeconds - 1) / FirstMemorySampleSeconds).Select(i => TimeSpan.FromSeconds(i * FirstMemorySampleSeconds)),
            TimeSpan.FromSeconds(DurationSeconds)];

    public const string Usage =
        "usage: ChatBot.Soak --url http://127.0.0.1:4201/api/messages --pid PID --seeds DIR [--duration S] [--rate N] " +
        "[--conversations N] [--max-conversations N] [--occupation WORD]";

    public static SoakOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"expected '--name value' at '{args[i]}'");
            }

            values[args[i][2..]] = args[i + 1];
        }

        // The defaults live in the initialisers only; an option on the command line replaces its default.
        var defaults = new SoakOptions
        {
            Endpoint = new Uri(Take(values, "url")),
            BotProcessId = Number(Take(values, "pid")),
            SeedsPath = Take(values, "seeds"),
        };
        var options = defaults with
        {
            DurationSeconds = values.Remove("duration", out var duration) ? Number(duration) : defaults.DurationSeconds,
            Rate = values.Remove("rate", out var rate) ? Number(rate) : defaults.Rate,
            Conversations = values.Remove("conversations", out var conversations) ? Number(conversations) : defaults.Conversations,
            MaxConversations = values.Remove("max-conversations", out var max) ? Number(max) : defaults.MaxConversations,
            Occupation = values.Remove("occupation", out var occupation) ? occupation : defaults.Occupation,
        };
        if (values.Count > 0)
        {
            throw new ArgumentException($"unknown option --{values.Keys.First()}");
        }

        if (options.DurationSeconds <= options.FirstMemorySampleSeconds)
        {
            throw new ArgumentException($"--duration must be longer than the {options.FirstMemorySampleSeconds} s at which memory is first read");
        }

        return options;
    }

    private static string Take(Dictionary<string, string> values, string name) =>
        values.Remove(name, out var value) ? value : throw new ArgumentException($"--{name} is required");

    private static int Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"'{text}' is not a positive whole number");
}
