namespace ChatBot.Telemetry;

/// <summary>
/// Where traces and metrics go, decided by the two settings the exporters' own documentation names: OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, Azure Monitor (Application Insights) when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, both when both are; nowhere by default.
/// </summary>
internal readonly record struct TelemetryExporters(bool Otlp, bool AzureMonitor)
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string AzureMonitorConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public bool Any => Otlp || AzureMonitor;

    public static TelemetryExporters From(IConfiguration configuration) => new(
        Otlp: !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]),
        AzureMonitor: !string.IsNullOrWhiteSpace(configuration[AzureMonitorConnectionStringKey]));
}
