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
        return SendActivityAsync(
            HttpMethod.Post,
            ActivityPath(conversationId, activityId),
            Serialize(activity, id: null),
            cancellationToken);
    }

    public Task<ResourceResponse> SendToConversationAsync(
        string conversationId,
        Activity activity,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendActivityAsync(
            HttpMethod.Post,
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities",
            Serialize(activity, id: null),
            cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(
        string conversationId,
        string activityId,
        Activity activity,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendActivityAsync(
            HttpMethod.Put,
            ActivityPath(conversationId, activityId),
            Serialize(activity, activityId),
            cancellationToken);
    }

    public async Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(BaseUri, ActivityPath(conversationId, activityId)));
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static string ActivityPath(string conversationId, string activityId) =>
        $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";

    private async Task<ResourceResponse> SendActivityAsync(
        HttpMethod method,
        string relativePath,
        string json,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(BaseUri, relativePath))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return ParseResourceResponse(body);
    }

    // Retries and the outbound token are the named client's DelegatingHandlers; here a failure is only reported.
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.ExpectContinue = false;

        var response = await _httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw new ConnectorException(response.StatusCode, CorrelatingOperationIdOf(response));
            }
        }

        return response;
    }

    internal static string? CorrelatingOperationIdOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(CorrelatingOperationIdHeader, out var values) ? values.FirstOrDefault() : null;

    // The channel assigns ids, so a new activity goes without one (the SDK clears it too); an update names the
    // activity it replaces. Changing a copy leaves the caller's activity untouched.
    private static string Serialize(Activity activity, string? id)
    {
        var json = JsonSerializer.SerializeToNode(activity, BotProtocolJsonContext.Default.Activity)!.AsObject();
        json.Remove("id");
        if (id is not null)
        {
            json["id"] = id;
        }

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
