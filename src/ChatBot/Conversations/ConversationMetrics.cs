using System.Diagnostics.Metrics;

namespace ChatBot.Conversations;

/// <summary>
/// The "ChatBot" meter's gauge of conversation contexts held, so the cache's size limit can be watched from outside
/// the process (dotnet-counters, an EventPipe session, OpenTelemetry) without an endpoint of its own.
/// </summary>
internal static class ConversationMetrics
{
    public const string MeterName = "ChatBot";

    public const string ContextsHeld = "chatbot.conversation.contexts";

    /// <summary>Publishes <paramref name="contextsHeld"/> as an observable gauge on the factory's "ChatBot" meter.</summary>
    public static void Observe(IMeterFactory meters, Func<long> contextsHeld) =>
        meters.Create(MeterName).CreateObservableGauge(ContextsHeld, contextsHeld, unit: "{conversation}",
            description: "Conversation contexts held in memory (at most Conversations:MaxConversations).");
}
