namespace ChatBot.Tests.Hostile;

/// <summary>
/// What one corpus request got: the status (null when the request threw), the response (and whether its bytes were
/// valid UTF-8), and where replies went.
/// </summary>
internal sealed record HostileOutcome(HostileRequest Request, int? Status, string? ContentType, string Body, bool BodyIsUtf8, IReadOnlyList<Uri> Sent, string? Error);
