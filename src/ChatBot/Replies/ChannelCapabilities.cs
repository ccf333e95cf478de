using System.Collections.Frozen;

namespace ChatBot.Replies;

/// <summary>Which Bot Framework channels render Adaptive Cards; the others get the answer as plain text.</summary>
internal static class ChannelCapabilities
{
    private static readonly FrozenSet<string> AdaptiveCardChannels =
        FrozenSet.ToFrozenSet(["msteams", "webchat", "directline", "emulator", "test", "m365extensions", "outlook"], StringComparer.OrdinalIgnoreCase);

    public static bool RendersAdaptiveCards(string? channelId) => channelId is not null && AdaptiveCardChannels.Contains(channelId);
}
