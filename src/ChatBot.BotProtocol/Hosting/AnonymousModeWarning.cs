using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.BotProtocol.Hosting;

/// <summary>Says at start-up, once, that the endpoint is unauthenticated.</summary>
internal sealed partial class AnonymousModeWarning(IOptions<BotFrameworkOptions> options, ILogger<AnonymousModeWarning> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsAnonymous)
        {
            LogAnonymousMode(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 100, Level = LogLevel.Warning,
        Message = "Running in anonymous development mode: inbound requests are not authenticated; replies go only to loopback or allow-listed serviceUrls")]
    private static partial void LogAnonymousMode(ILogger logger);
}
