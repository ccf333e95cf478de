using System.Globalization;

namespace ChatBot.Soak;

/// <summary>The figures of a run against its targets: no wrong answer, memory growth under 10%, contexts within the limit.</summary>
internal sealed record SoakReport
{
    public const double MaxMemoryGrowthPercent = 10;

    public required SoakOptions Options { get; init; }

    public required SoakResults Results { get; init; }

    public required int Sent { get; init; }

    public required TimeSpan SendingTime { get; init; }

    public required int ConversationsDriven { get; init; }

    public required int TurnsPerConversation { get; init; }

    /// <summary>Bytes resident at <see cref="SoakOptions.MemorySampleTimes"/>: the first at 10 s, the last at the end.</summary>
    public required IReadOnlyList<long> Memory { get; init; }

    public required ContextGauge Contexts { get; init; }

    public double MemoryGrowthPercent => (Memory[^1] - Memory[0]) * 100.0 / Memory[0];

    /// <summary>Prints the figures; returns the targets missed (none when the soak passed).</summary>
    public List<string> Print(TextWriter output)
    {
        var results = Results;
        var unanswered = Sent - results.Answered;
        output.WriteLine(Invariant($"== soak: {Options.DurationSeconds} s at {Options.Rate} req/s, {ConversationsDriven} conversations of {TurnsPerConversation} turns ({LoadDriver.InFlight} at a time), Conversations:MaxConversations={Options.MaxConversations}"));
        output.WriteLine(Invariant($"requests sent         {Sent} in {SendingTime.TotalSeconds:F1} s: {Sent / SendingTime.TotalSeconds:F1} req/s achieved"));
        output.WriteLine(Invariant($"by kind               {string.Join(", ", results.Kinds.Select(kind => $"{kind.Key} {kind.Value}"))}"));
        output.WriteLine(Invariant($"answers checked       {results.Answered}: {results.Errors} wrong or failed, {unanswered} unanswered"));
        foreach (var error in results.FirstErrors)
        {
            output.WriteLine($"  error: {error}");
        }

        output.WriteLine(Invariant($"latency from schedule p50 {results.Percentile(50, true):F2} ms, p99 {results.Percentile(99, true):F2} ms, max {results.Percentile(100, true):F1} ms"));
        output.WriteLine(Invariant($"latency from send     p50 {results.Percentile(50, false):F2} ms, p99 {results.Percentile(99, false):F2} ms, max {results.Percentile(100, false):F1} ms"));
        output.WriteLine(Invariant($"bot resident memory   {Options.FirstMemorySampleSeconds} s: {Megabytes(Memory[0])}, {Options.DurationSeconds} s: {Megabytes(Memory[^1])}; growth {MemoryGrowthPercent:+0.0;-0.0}%"));
        output.WriteLine(Invariant($"  every {Options.FirstMemorySampleSeconds} s (MB)   {string.Join(" ", Memory.Select(bytes => (bytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture)))}"));
        output.WriteLine(Invariant($"conversation contexts peak {Contexts.Peak?.ToString(CultureInfo.InvariantCulture) ?? "?"}, at the end {Contexts.Latest?.ToString(CultureInfo.InvariantCulture) ?? "?"} (limit {Options.MaxConversations}; {Contexts.Readings} readings of the ChatBot meter's {ContextGauge.InstrumentName})"));

        var missed = new List<string>();
        if (results.Errors > 0 || unanswered > 0)
        {
            missed.Add($"{results.Errors + unanswered} answers wrong, failed or missing (target 0)");
        }

        if (MemoryGrowthPercent >= MaxMemoryGrowthPercent)
        {
            missed.Add(Invariant($"resident memory grew {MemoryGrowthPercent:F1}% (target under {MaxMemoryGrowthPercent}%)"));
        }

        if (Contexts.Peak is not { } peak)
        {
            missed.Add($"the conversation-context gauge was never read{(Contexts.Error is null ? "" : $" ({Contexts.Error})")}");
        }
        else if (peak > Options.MaxConversations)
        {
            missed.Add($"{peak} conversation contexts held, over the limit of {Options.MaxConversations}");
        }

        if (ConversationsDriven <= Options.MaxConversations)
        {
            missed.Add($"{ConversationsDriven} conversations driven do not exceed the limit of {Options.MaxConversations}, so it was not tested");
        }

        output.WriteLine(missed.Count == 0 ? "PASSED: 0 errors, memory growth under 10%, contexts within the limit" : $"FAILED: {string.Join("; ", missed)}");
        return missed;
    }

    private static string Megabytes(long bytes) => Invariant($"{bytes / 1048576.0:F1} MB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
