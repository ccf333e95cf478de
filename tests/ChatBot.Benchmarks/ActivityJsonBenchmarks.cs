using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ChatBot.BotProtocol.Schema;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Store;
using ChatBot.Knowledge.Understanding;
using ChatBot.Replies;

namespace ChatBot.Benchmarks;

/// <summary>
/// The wire: reading a Teams message activity as the adapter does, and writing the expectReplies response that
/// carries the level card, both with the source-generated serializer context.
/// </summary>
[MemoryDiagnoser]
public class ActivityJsonBenchmarks
{
    private byte[] _inbound = [];
    private ExpectedReplies _replies = null!;

    [GlobalSetup]
    public void Setup()
    {
        _inbound = Encoding.UTF8.GetBytes(TeamsActivity.Message("What does a Proficient dispatcher do?", 1));
        var index = new KnowledgeIndex(FrameworkStore.Load(SeedFolder.Find()));
        var answer = new AnswerComposer(index).Compose(new QuestionReader(index).Read("What does a Proficient dispatcher do?"));
        var incoming = Deserialize();
        _replies = new ExpectedReplies { Activities = [AnswerReplyBuilder.Build(answer, incoming, new ReplyRequest("What does a Proficient dispatcher do?"))] };
    }

    [Benchmark]
    public Activity Deserialize() => JsonSerializer.Deserialize(_inbound, BotProtocolJsonContext.Default.Activity)!;

    private static readonly BotProtocolJsonContext Relaxed = new(new JsonSerializerOptions(BotProtocolJsonContext.Default.Options) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Benchmark]
    public byte[] SerializeRelaxed() => JsonSerializer.SerializeToUtf8Bytes(_replies, Relaxed.ExpectedReplies);

    [Benchmark]
    public byte[] SerializeReply() => JsonSerializer.SerializeToUtf8Bytes(_replies, BotProtocolJsonContext.Default.ExpectedReplies);
}
