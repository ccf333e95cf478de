namespace ChatBot.Soak;

/// <summary>Every answer's latency and verdict, recorded from many turns at once.</summary>
internal sealed class SoakResults
{
    public const int ErrorsKept = 5;

    private readonly Lock _gate = new();
    private readonly List<double> _fromSchedule = [];
    private readonly List<double> _fromSend = [];
    private readonly List<string> _firstErrors = [];
    private readonly SortedDictionary<string, int> _kinds = new(StringComparer.Ordinal);

    public int Answered { get; private set; }

    public int Errors { get; private set; }

    public void Record(Turn turn, string conversationId, Latency latency, string? fault)
    {
        lock (_gate)
        {
            Answered++;
            _fromSchedule.Add(latency.FromSchedule.TotalMilliseconds);
            _fromSend.Add(latency.FromSend.TotalMilliseconds);
            _kinds[turn.Kind] = _kinds.GetValueOrDefault(turn.Kind) + 1;
            if (fault is not null)
            {
                Errors++;
                if (_firstErrors.Count < ErrorsKept)
                {
                    _firstErrors.Add($"{conversationId}: {turn.Asked}: {fault}");
                }
            }
        }
    }

    public IReadOnlyList<string> FirstErrors
    {
        get
        {
            lock (_gate)
            {
                return [.. _firstErrors];
            }
        }
    }

    public IReadOnlyDictionary<string, int> Kinds
    {
        get
        {
            lock (_gate)
            {
                return new SortedDictionary<string, int>(_kinds, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>The latency in ms at or below which <paramref name="percent"/>% of answers came (nearest rank).</summary>
    public double Percentile(double percent, bool fromSchedule)
    {
        lock (_gate)
        {
            var latencies = fromSchedule ? _fromSchedule : _fromSend;
            if (latencies.Count == 0)
            {
                return double.NaN;
            }

            var sorted = latencies.Order().ToList();
            var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
        }
    }
}
