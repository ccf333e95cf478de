namespace ChatBot.Tests.Hostile;

/// <summary>
/// One request of the hostile corpus: its name (reported when it fails), the raw body and content type, and whether
/// replies may go to a connector at all (an expectReplies activity answers in the HTTP response and sends nothing).
/// </summary>
internal sealed record HostileRequest(string Name, byte[] Body, string? ContentType, bool MaySend)
{
    public const string Json = "application/json";

    /// <summary>Sent without a Content-Length (chunked), so the endpoint only learns the size by reading.</summary>
    public bool Chunked { get; init; }

    public override string ToString() => Name;
}
