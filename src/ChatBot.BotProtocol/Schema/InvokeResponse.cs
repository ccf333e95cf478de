using System.Text.Json;

namespace ChatBot.BotProtocol.Schema;

/// <summary>The HTTP status and body that answer an <see cref="ActivityTypes.Invoke"/> activity.</summary>
public sealed record InvokeResponse
{
    /// <summary>The HTTP status code.</summary>
    public required int Status { get; init; }

    /// <summary>The JSON body, if any.</summary>
    public JsonElement? Body { get; init; }

    /// <summary>Wraps this response in the <see cref="ActivityTypes.InvokeResponse"/> activity a bot sends to answer an invoke.</summary>
    /// <returns>An activity whose <see cref="Activity.Value"/> is this response.</returns>
    public Activity ToActivity() => new()
    {
        Type = ActivityTypes.InvokeResponse,
        Value = JsonSerializer.SerializeToElement(this, BotProtocolJsonContext.Default.InvokeResponse),
    };
}
