using ChatBot.BotProtocol.Schema;

// The load test's ceiling: what ASP.NET Core does for the same request and the same reply bytes when the turn costs
// nothing. Kestrel keeps its defaults, as the bot's do, so the two differ only by the turn.
var builder = WebApplication.CreateBuilder(args);

// Per-request logging would measure the console, not the endpoint.
builder.Logging.SetMinimumLevel(LogLevel.Warning);

// The reply is the bot's own answer to the question under test, saved by run.sh, so both send the same bytes.
var replyPath = builder.Configuration["reply"]
    ?? throw new InvalidOperationException("Give the canned reply body with --reply <file>.");
var reply = File.ReadAllBytes(replyPath);

var app = builder.Build();

// Parse the activity with the bot's source-generated context, as the bot does, then answer with the canned body.
app.MapPost("/api/messages", async (HttpContext context) =>
{
    var activity = await context.Request.ReadFromJsonAsync(BotProtocolJsonContext.Default.Activity, context.RequestAborted);
    if (string.IsNullOrWhiteSpace(activity?.Type))
    {
        // A broken load script should show up as non-200s, not as a fast ceiling.
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return;
    }

    context.Response.StatusCode = StatusCodes.Status200OK;
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = reply.Length;
    await context.Response.Body.WriteAsync(reply, context.RequestAborted);
});

app.Run();
