using Azure.Monitor.OpenTelemetry.Exporter;
using ChatBot.Conversations;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ChatBot.Telemetry;

/// <summary>Registers OpenTelemetry tracing and metrics when an exporter is configured, and nothing otherwise.</summary>
internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>The service name traces and metrics carry (OTEL_SERVICE_NAME overrides it).</summary>
    public const string ServiceName = "skills-bot";

    /// <summary>
    /// ASP.NET Core's requests and HttpClient's calls (the connector, token and OpenID metadata requests), the bot's
    /// turn spans and its "ChatBot" meter; exported by OTLP and/or to Azure Monitor as <see cref="TelemetryExporters"/>
    /// decides. With no exporter the OpenTelemetry SDK is not registered at all, so a turn costs nothing extra.
    /// </summary>
    public static IServiceCollection AddBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exporters = TelemetryExporters.From(configuration);
        if (!exporters.Any)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.SourceName)
                // Health probes (App Service pings /readyz on every instance every minute) would drown the turns.
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsHealthProbe(context.Request.Path))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(ConversationMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());

        if (exporters.Otlp)
        {
            // The exporter reads OTEL_EXPORTER_OTLP_ENDPOINT (and _PROTOCOL, _HEADERS) from configuration itself.
            telemetry.WithTracing(tracing => tracing.AddOtlpExporter()).WithMetrics(metrics => metrics.AddOtlpExporter());
        }

        if (exporters.AzureMonitor)
        {
            var connectionString = configuration[TelemetryExporters.AzureMonitorConnectionStringKey];
            telemetry
                .WithTracing(tracing => tracing.AddAzureMonitorTraceExporter(options => options.ConnectionString = connectionString))
                .WithMetrics(metrics => metrics.AddAzureMonitorMetricExporter(options => options.ConnectionString = connectionString));
        }

        return services;
    }

    private static bool IsHealthProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
