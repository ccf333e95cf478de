using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ChatBot.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ChatBot.Tests.Telemetry;

/// <summary>
/// Traces and metrics of the real host: exported where OTEL_EXPORTER_OTLP_ENDPOINT says (here a loopback listener
/// that records what arrives) and seen whole through an in-memory exporter added to the host's own providers.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public void Startup_WithNoExporterConfigured_RunsNoOpenTelemetry()
    {
        using var app = new BotApplication();

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task Turn_WithAnOtlpEndpoint_IsTracedWithItsKindNeverItsTextAndMeasured()
    {
        using var collector = new OtlpListener();
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        var conversationId = "telemetry-" + Guid.NewGuid().ToString("N");
        using var app = new BotApplication(
            new Dictionary<string, string?>
            {
                [TelemetryExporters.OtlpEndpointKey] = collector.Url,
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            },
            services => services
                .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))
                .ConfigureOpenTelemetryMeterProvider(metering => metering.AddInMemoryExporter(metrics)));

        var response = await Activities.PostAsync(app.CreateClient(), Activities.Message("What does a Proficient dispatcher do?", conversationId: conversationId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(app.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        Activity[] exported;
        lock (spans)
        {
            exported = [.. spans];
        }

        var turn = Assert.Single(exported, span => span.Source.Name == BotTelemetry.SourceName && Equals(span.GetTagItem(BotTelemetry.ConversationIdTag), conversationId));
        Assert.Equal(BotTelemetry.TurnSpanName, turn.DisplayName);
        Assert.Equal("message", turn.GetTagItem(BotTelemetry.ActivityTypeTag));
        Assert.Equal("LevelQuestion", turn.GetTagItem(BotTelemetry.QuestionKindTag));
        Assert.DoesNotContain(turn.TagObjects, tag => tag.Value is string value && value.Contains("dispatcher", StringComparison.OrdinalIgnoreCase));
        var request = Assert.Single(exported, span => span.SpanId == turn.ParentSpanId);
        Assert.Equal("Microsoft.AspNetCore", request.Source.Name);
        Assert.Equal("POST", request.GetTagItem("http.request.method"));

        Assert.Contains(metrics, metric => metric.Name == "chatbot.conversation.contexts" && metric.MeterName == "ChatBot");
        Assert.Contains(metrics, metric => metric.Name == "http.server.request.duration");
        Assert.Contains("/v1/traces", collector.Paths);
        Assert.Contains("/v1/metrics", collector.Paths);
    }

    [Theory]
    [InlineData(null, null, false, false)]
    [InlineData("http://collector:4317", null, true, false)]
    [InlineData(null, "InstrumentationKey=00000000-0000-0000-0000-000000000000", false, true)]
    [InlineData("http://collector:4317", "InstrumentationKey=00000000-0000-0000-0000-000000000000", true, true)]
    [InlineData(" ", "", false, false)]
    public void From_TheTwoStandardSettings_ChoosesTheExporters(string? otlpEndpoint, string? connectionString, bool otlp, bool azureMonitor)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [TelemetryExporters.OtlpEndpointKey] = otlpEndpoint,
            [TelemetryExporters.AzureMonitorConnectionStringKey] = connectionString,
        }).Build();

        Assert.Equal(new TelemetryExporters(otlp, azureMonitor), TelemetryExporters.From(configuration));
    }

    /// <summary>An OTLP/HTTP collector on loopback that answers 200 and remembers the paths it was sent to.</summary>
    private sealed class OtlpListener : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly List<string> _paths = [];

        public OtlpListener()
        {
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
            }

            _listener.Prefixes.Add(Url + "/");
            _listener.Start();
            _ = Task.Run(AnswerAsync);
        }

        public string Url { get; }

        public IReadOnlyList<string> Paths
        {
            get
            {
                lock (_paths)
                {
                    return [.. _paths];
                }
            }
        }

        public void Dispose() => _listener.Close();

        private async Task AnswerAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                lock (_paths)
                {
                    _paths.Add(context.Request.Url!.AbsolutePath);
                }

                await context.Request.InputStream.CopyToAsync(Stream.Null);
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        }
    }
}
