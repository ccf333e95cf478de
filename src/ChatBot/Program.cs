using ChatBot.Bot;
using ChatBot.BotProtocol.Hosting;
using ChatBot.Conversations;
using ChatBot.Hosting;
using ChatBot.Legal;
using ChatBot.Redis;
using ChatBot.Replies;
using ChatBot.Seeds;
using ChatBot.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);

// The framework store: loaded in the background from the seed folder, swapped whole when the folder changes.
builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<ReplyCacheOptions>().BindConfiguration(ReplyCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<SeedStoreLoader>();
builder.Services.AddSingleton<CurrentKnowledge>();
builder.Services.AddSingleton<SeedReloader>();
builder.Services.AddHostedService<SeedLoadingService>();

// The turn handler, and what it keeps per conversation.
builder.Services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<IConversationContextStore, MemoryConversationContextStore>();
builder.Services.AddSingleton<IWelcomeLedger, WelcomeLedger>();
builder.Services.AddSingleton<Feedback>();
builder.Services.AddSingleton<IBot, SkillsBot>();

// The pages the Teams app package links to: website, privacy statement, terms of use.
builder.Services.AddOptions<LegalOptions>().BindConfiguration(LegalOptions.Section).ValidateDataAnnotations().ValidateOnStart();

// The Bot Framework protocol: the adapter, inbound authentication and the connector for replies.
builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddHealthChecks().AddCheck<StoreReadinessCheck>("store", tags: [StoreReadinessCheck.Tag]);

// With ConnectionStrings:Redis set, what instances must share (context, redeliveries, welcomes, rate limit) goes to Redis.
var redis = builder.Services.AddRedisSharing(builder.Configuration);

// Traces and metrics, exported only where OTEL_EXPORTER_OTLP_ENDPOINT or APPLICATIONINSIGHTS_CONNECTION_STRING says.
builder.Services.AddBotTelemetry(builder.Configuration);

var app = builder.Build();

app.UseStoreReadiness("/api/messages");
app.MapBotMessages("/api/messages");
app.MapLegalPages();

// Alive as long as the process serves HTTP; ready once a store is loaded.
app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(StoreReadinessCheck.Tag) });

// Redis on its own: not part of readiness, since one shared outage would take every instance out of rotation.
if (redis)
{
    app.MapHealthChecks("/healthz/redis", new HealthCheckOptions { Predicate = check => check.Tags.Contains(RedisHealthCheck.Tag) });
}

// A start-up failure (settings that fail validation, a port in use) ends with one line and exit code 1, as a seed
// folder that loads nothing does, instead of an unhandled exception; otherwise the code the run left (0 once stopped).
var started = false;
var logger = app.Logger;
app.Lifetime.ApplicationStarted.Register(() => started = true);
try
{
    await app.RunAsync();
}
catch (Exception exception) when (!started)
{
    StartupFailure.Report(logger, exception);
    return StartupFailure.ExitCode;
}

return Environment.ExitCode;

/// <summary>Entry point, visible to WebApplicationFactory in the host tests.</summary>
public partial class Program;
