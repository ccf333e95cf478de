using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.BotProtocol.Hosting;

/// <summary>Maps the messaging endpoint.</summary>
public static class BotEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <paramref name="pattern"/> to the <see cref="CloudAdapter"/> with the <see cref="IBot"/> from DI.
    /// Every method is mapped so that the adapter, not routing, answers non-POST requests with 405.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route; <c>/api/messages</c> by convention.</param>
    /// <returns>The endpoint builder, to add conventions such as rate limiting.</returns>
    public static IEndpointConventionBuilder MapBotMessages(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.Map(pattern, static context =>
        {
            var adapter = context.RequestServices.GetRequiredService<CloudAdapter>();
            var bot = context.RequestServices.GetRequiredService<IBot>();
            return adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted);
        }).WithDisplayName("Bot Framework messages");
    }
}
