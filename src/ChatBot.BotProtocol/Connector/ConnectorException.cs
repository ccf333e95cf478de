using System.Net;

namespace ChatBot.BotProtocol.Connector;

/// <summary>The Bot Connector answered a request with a non-success status.</summary>
public sealed class ConnectorException : Exception
{
    /// <summary>Creates the exception for a connector answer.</summary>
    /// <param name="statusCode">The HTTP status the connector answered with.</param>
    /// <param name="correlatingOperationId">The <c>X-Correlating-OperationId</c> header, if present.</param>
    public ConnectorException(HttpStatusCode statusCode, string? correlatingOperationId)
        : base($"The Bot Connector answered {(int)statusCode} ({statusCode}).")
    {
        StatusCode = statusCode;
        CorrelatingOperationId = correlatingOperationId;
    }

    /// <summary>The HTTP status the connector answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The connector's operation id; quote it to Microsoft support.</summary>
    public string? CorrelatingOperationId { get; }
}
