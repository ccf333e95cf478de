using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace ChatBot.Soak;

/// <summary>
/// The bot's "ChatBot" meter gauge of conversation contexts held, read from outside the process as dotnet-counters
/// reads it: an EventPipe session asking the runtime's System.Diagnostics.Metrics event source for the meter's values
/// once a second. Keeps the peak and the latest reading.
/// </summary>
internal sealed class ContextGauge : IDisposable
{
    public const string MeterName = "ChatBot";
    public const string InstrumentName = "chatbot.conversation.contexts";

    private const string MetricsSource = "System.Diagnostics.Metrics";

    private readonly string _sessionId = Guid.NewGuid().ToString("N");
    private readonly EventPipeSession _session;
    private readonly Task _reading;
    private readonly Lock _gate = new();

    private ContextGauge(int processId)
    {
        var provider = new EventPipeProvider(MetricsSource, EventLevel.Informational, keywords: 0x3, arguments: new Dictionary<string, string>
        {
            ["SessionId"] = _sessionId,
            ["Metrics"] = MeterName,
            ["RefreshInterval"] = "1",
            ["MaxTimeSeries"] = "100",
            ["MaxHistograms"] = "10",
        });
        _session = new DiagnosticsClient(processId).StartEventPipeSession([provider], requestRundown: false);
        var source = new EventPipeEventSource(_session.EventStream);
        source.Dynamic.All += OnEvent;
        _reading = Task.Run(source.Process);
    }

    public long? Peak { get; private set; }

    public long? Latest { get; private set; }

    public int Readings { get; private set; }

    /// <summary>What the event source reported as going wrong (another session, too many series), if anything.</summary>
    public string? Error { get; private set; }

    public static ContextGauge Start(int processId) => new(processId);

    public void Dispose()
    {
        _session.Stop();
        _reading.Wait(TimeSpan.FromSeconds(5));
        _session.Dispose();
    }

    private void OnEvent(TraceEvent data)
    {
        if (data.ProviderName != MetricsSource || Payload(data, "sessionId") != _sessionId)
        {
            return;
        }

        lock (_gate)
        {
            if (data.EventName is "Error" or "MultipleSessionsNotSupportedError" or "TimeSeriesLimitReached")
            {
                Error ??= $"{data.EventName}: {Payload(data, "errorMessage")}";
            }
            else if (data.EventName == "GaugeValuePublished" && Payload(data, "meterName") == MeterName && Payload(data, "instrumentName") == InstrumentName &&
                double.TryParse(Payload(data, "lastValue"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                Latest = (long)value;
                Peak = Math.Max(Peak ?? 0, (long)value);
                Readings++;
            }
        }
    }

    private static string? Payload(TraceEvent data, string name) => data.PayloadIndex(name) < 0 ? null : data.PayloadByName(name) as string;
}
