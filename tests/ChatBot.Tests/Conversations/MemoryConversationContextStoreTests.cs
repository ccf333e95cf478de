using System.Diagnostics.Metrics;
using ChatBot.Conversations;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Tests.Conversations;

/// <summary>The contexts held are published on the "ChatBot" meter, and never exceed Conversations:MaxConversations.</summary>
public sealed class MemoryConversationContextStoreTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task ContextsHeldGauge_AfterThreeConversations_ReadsThree()
    {
        using var store = NewStore(maxConversations: 100);

        await SetConversationsAsync(store, 3);

        Assert.Equal(3, ReadGauge());
    }

    [Fact]
    public async Task ContextsHeldGauge_MoreConversationsThanTheLimit_StaysWithinTheLimit()
    {
        using var store = NewStore(maxConversations: 10);

        await SetConversationsAsync(store, 50);

        Assert.InRange(ReadGauge(), 1, 10);
        Assert.Equal(store.Count, ReadGauge());
    }

    [Fact]
    public async Task Set_CacheAtItsLimit_KeepsEveryConversationJustSet()
    {
        using var store = NewStore(maxConversations: 10);
        var context = new ConversationContext { SocCode = "43-5032.00", Level = ProficiencyLevel.Advanced };

        for (var i = 0; i < 50; i++)
        {
            await store.SetAsync($"conversation-{i}", context, CancellationToken.None);

            Assert.Equal(context, await store.GetAsync($"conversation-{i}", CancellationToken.None));
        }
    }

    private MemoryConversationContextStore NewStore(int maxConversations) =>
        new(Options.Create(new ConversationOptions { MaxConversations = maxConversations }), _services.GetRequiredService<IMeterFactory>());

    private static async Task SetConversationsAsync(MemoryConversationContextStore store, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await store.SetAsync($"conversation-{i}", ConversationContext.Empty, CancellationToken.None);
        }
    }

    /// <summary>The gauge's value as a listener outside the store reads it: only this test's meter factory counts.</summary>
    private long ReadGauge()
    {
        var factory = _services.GetRequiredService<IMeterFactory>();
        long? value = null;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Meter.Name == ConversationMetrics.MeterName &&
                    instrument.Name == ConversationMetrics.ContextsHeld)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, measurement, _, _) => value = measurement);
        listener.Start();
        listener.RecordObservableInstruments();
        return value ?? throw new InvalidOperationException($"No {ConversationMetrics.ContextsHeld} gauge on the {ConversationMetrics.MeterName} meter.");
    }
}
