namespace ChatBot.Seeds;

/// <summary>
/// Answers 503 with Retry-After on the messaging endpoint until the first store is loaded: a turn before then could
/// only fail, and the channel retries a 503.
/// </summary>
internal static class StoreReadinessMiddleware
{
    private const int RetryAfterSeconds = 5;

    public static IApplicationBuilder UseStoreReadiness(this IApplicationBuilder app, PathString endpoint) =>
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(endpoint),
            branch => branch.Use(static async (context, next) =>
            {
                if (context.RequestServices.GetRequiredService<CurrentKnowledge>().Snapshot is not null)
                {
                    await next(context);
                    return;
                }

                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync("The skills framework is still loading; try again shortly.", context.RequestAborted);
            }));
}
