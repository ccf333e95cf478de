using System.Text.Json;
using System.Text.Unicode;
using ChatBot.BotProtocol.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ChatBot.BotProtocol.Hosting;

/// <summary>
/// Reads the inbound activity from a request to the messaging endpoint: method, content type, body limit, JSON
/// shape and the required <c>type</c>. What it rejects never reaches authentication or the bot.
/// </summary>
internal static class ActivityRequestReader
{
    private const int ReadChunkBytes = 16 * 1024;

    public static async Task<(Activity? Activity, RequestRejection? Rejection)> ReadAsync(
        HttpRequest request,
        int maxBodyBytes,
        CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return (null, new RequestRejection(StatusCodes.Status405MethodNotAllowed, "method not allowed"));
        }

        var contentTypeMissing = string.IsNullOrWhiteSpace(request.ContentType);
        if (!contentTypeMissing && !IsJson(request.ContentType))
        {
            return (null, new RequestRejection(StatusCodes.Status415UnsupportedMediaType, "The request body must be application/json.", Tell: true));
        }

        PooledBufferWriter? body;
        try
        {
            body = await ReadBodyAsync(request, maxBodyBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception)
        {
            return (null, new RequestRejection(
                exception.StatusCode == StatusCodes.Status413PayloadTooLarge ? exception.StatusCode : StatusCodes.Status400BadRequest,
                "The request body could not be read.",
                Tell: true));
        }

        if (body is null)
        {
            return (null, new RequestRejection(StatusCodes.Status413PayloadTooLarge, "The request body is too large.", Tell: true));
        }

        Activity? activity;
        string? problem;
        using (body)
        {
            (activity, problem) = ParseActivity(body.WrittenSpan);
        }

        if (activity is null)
        {
            // Without a content type, a body that is not an activity was probably never meant as JSON.
            return contentTypeMissing
                ? (null, new RequestRejection(StatusCodes.Status415UnsupportedMediaType, "The request body must be application/json.", Tell: true))
                : (null, new RequestRejection(StatusCodes.Status400BadRequest, problem ?? "The request body is not a valid activity.", Tell: true));
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, new RequestRejection(StatusCodes.Status400BadRequest, "The activity has no type.", Tell: true));
        }

        // callerId is set by the receiver after authentication, never taken from the wire (spec A2251).
        activity.Properties?.Remove("callerId");
        return (activity, null);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    /// <returns>The body in a pooled buffer the caller disposes, or null when it exceeds <paramref name="limit"/>.</returns>
    private static async Task<PooledBufferWriter?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var body = new PooledBufferWriter((int)Math.Min((request.ContentLength ?? ReadChunkBytes) + 1, limit + 1L));
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(body.GetMemory(1), cancellationToken).ConfigureAwait(false)) > 0)
            {
                // Stop at the limit rather than trusting Content-Length, which chunked requests do not send.
                if (body.WrittenCount + read > limit)
                {
                    body.Dispose();
                    return null;
                }

                body.Advance(read);
            }

            return body;
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    // Problems are fixed texts: echoing the serializer's message would echo parts of the input.
    private static (Activity? Activity, string? Problem) ParseActivity(ReadOnlySpan<byte> json)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = BotProtocolJson.MaxDepth });
            if (!reader.Read())
            {
                return (null, "The request body is not valid JSON.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, "The request body must be a JSON object (an activity).");
            }

            // The serializer checks the activity's own string fields, but keeps those it does not name (value, channelData,
            // entities, unknown fields) as raw JSON: invalid UTF-8 there would be copied into replies as it is, and a lone
            // surrogate escape ("\ud800") would throw when the bot reads the value. JSON's own syntax is ASCII, so one
            // vectorized pass over the whole body covers the first; only a body with such an escape is read token by token.
            if (!Utf8.IsValid(json) || (MayHoldSurrogateEscape(json) && !EscapesAreWhole(ref reader)))
            {
                return (null, "The request body holds text that is not valid UTF-8 or UTF-16.");
            }
        }
        catch (JsonException)
        {
            return (null, "The request body is not valid JSON.");
        }

        try
        {
            return (JsonSerializer.Deserialize(json, BotProtocolJsonContext.Default.Activity), null);
        }
        catch (JsonException)
        {
            return (null, "The request body is not valid JSON or not a valid activity.");
        }
    }

    /// <summary>Whether the body holds an escape in <c>\uD800</c>-<c>\uDFFF</c>, half of a surrogate pair; rare in a chat message.</summary>
    private static bool MayHoldSurrogateEscape(ReadOnlySpan<byte> json)
    {
        for (var at = json.IndexOf("\\u"u8); at >= 0; at = NextEscape(json, at))
        {
            if (at + 3 < json.Length && json[at + 2] is (byte)'d' or (byte)'D' && json[at + 3] is (>= (byte)'8' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F'))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextEscape(ReadOnlySpan<byte> json, int at)
    {
        var next = json[(at + 2)..].IndexOf("\\u"u8);
        return next < 0 ? -1 : at + 2 + next;
    }

    /// <summary>Reads the rest of the body: every escaped string and property name must decode (no lone surrogate).</summary>
    private static bool EscapesAreWhole(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName) || !reader.ValueIsEscaped)
            {
                continue;
            }

            try
            {
                reader.GetString();
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        return true;
    }
}
