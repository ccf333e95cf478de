using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChatBot.BotProtocol.Schema;

namespace ChatBot.BotProtocol.Connector;

/// <summary>The Bot Connector v3 conversations API over an <see cref="HttpClient"/>.</summary>
internal sealed class ConnectorClient : IConnectorClient
{
    internal const string CorrelatingOperationIdHeader = "X-Correlating-OperationId";

    private readonly HttpClient _httpClient;

    public ConnectorClient(HttpClient httpClient, Uri serviceUrl)
    {
        _httpClient = httpClient;
        BaseUri = WithTrailingSlash(serviceUrl);
    }

    /// <summary>The serviceUrl with a trailing slash, so relative paths keep a prefix such as <c>/amer/</c>.</summary>
    public Uri BaseUri { get; }

    public Task<ResourceResponse> ReplyToActivityAsync(
        string conversationId,
        string activityId,
        Activity activity,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        return PostAsync(
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}",
            activity,
            cancellationToken);
    }

    public Task<ResourceResponse> SendToConversationAsync(
        string conversationId,
        Activity activity,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        return PostAsync($"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", activity, cancellationToken);
    }

    private async Task<ResourceResponse> PostAsync(string relativePath, Activity activity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUri, relativePath))
        {
            Content = new StringContent(SerializeWithoutId(activity), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.ExpectContinue = false;

        using var response = await _httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var correlatingOperationId = response.Headers.TryGetValues(CorrelatingOperationIdHeader, out var values)
                ? values.FirstOrDefault()
                : null;
            throw new ConnectorException(response.StatusCode, correlatingOperationId);
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return ParseResourceResponse(body);
    }

    // The channel assigns ids; bots should not send one (the SDK clears it too). Removing it from a copy
    // leaves the caller's activity untouched.
    private static string SerializeWithoutId(Activity activity)
    {
        var json = JsonSerializer.SerializeToNode(activity, BotProtocolJsonContext.Default.Activity)!.AsObject();
        json.Remove("id");
        return json.ToJsonString();
    }

    // The message was delivered once the status is 2xx, so an odd body must not turn it into a failure.
    private static ResourceResponse ParseResourceResponse(byte[] body)
    {
        if (body.Length == 0)
        {
            return new ResourceResponse();
        }

        try
        {
            return JsonSerializer.Deserialize(body, BotProtocolJsonContext.Default.ResourceResponse) ?? new ResourceResponse();
        }
        catch (JsonException)
        {
            return new ResourceResponse();
        }
    }

    private static Uri WithTrailingSlash(Uri serviceUrl)
    {
        if (serviceUrl.AbsolutePath.EndsWith('/'))
        {
            return serviceUrl;
        }

        var builder = new UriBuilder(serviceUrl);
        builder.Path += "/";
        return builder.Uri;
    }
}
