using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ChatBot.BotProtocol.Schema;
using ChatBot.Knowledge.Answers;
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
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private ExpectedReplies _replies = null!;

    [GlobalSetup]
    public void Setup()
    {
        _inbound = Encoding.UTF8.GetBytes(TeamsActivity.Message("What does a Proficient dispatcher do?", 1));
        var index = BenchmarkStores.For(1);
        var answer = new AnswerComposer(index).Compose(new QuestionReader(index).Read("What does a Proficient dispatcher do?"));
        var incoming = Deserialize();
        _replies = new ExpectedReplies { Activities = [AnswerReplyBuilder.Build(answer, incoming, new ReplyRequest("What does a Proficient dispatcher do?"))] };
    }

    [Benchmark]
    public Activity Deserialize() => JsonSerializer.Deserialize(_inbound, BotProtocolJsonContext.Default.Activity)!;

    /// <summary>As the adapter writes a response: non-ASCII as UTF-8, into a reused buffer.</summary>
    [Benchmark]
    public int SerializeReply()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        JsonSerializer.Serialize(writer, _replies, BotProtocolJsonContext.Default.ExpectedReplies);
        return (int)writer.BytesCommitted + writer.BytesPending;
    }
}
