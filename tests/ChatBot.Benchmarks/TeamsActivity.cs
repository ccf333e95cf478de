namespace ChatBot.Benchmarks;

/// <summary>A message activity shaped as Teams sends one to a bot in a personal chat, asking for expectReplies.</summary>
internal static class TeamsActivity
{
    public static string Message(string text, int sequence) =>
        $$$"""{"type":"message","id":"bench-{{{sequence}}}","timestamp":"2026-11-21T09:00:00.000Z","serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"msteams","from":{"id":"29:1user","name":"A User","aadObjectId":"6b1e8f0e-0000-4000-8000-000000000001"},"conversation":{"conversationType":"personal","tenantId":"72f988bf-0000-4000-8000-000000000000","id":"a:conv-{{{sequence % 300}}}"},"recipient":{"id":"28:skills-bot","name":"Skills Bot"},"textFormat":"plain","locale":"en-US","text":"{{{text}}}","entities":[{"type":"clientInfo","locale":"en-US","country":"US","platform":"Web","timezone":"Europe/London"}],"channelData":{"tenant":{"id":"72f988bf-0000-4000-8000-000000000000"}},"deliveryMode":"expectReplies"}""";
}
