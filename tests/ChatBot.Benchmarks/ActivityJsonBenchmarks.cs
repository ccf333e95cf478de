using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ChatBot.BotProtocol.Hosting;
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
    private Activity[] _templateReplies = [];

    [GlobalSetup]
    public void Setup()
    {
        _inbound = Encoding.UTF8.GetBytes(TeamsActivity.Message("What does a Proficient dispatcher do?", 1));
        var index = BenchmarkStores.For(1);
        var answer = new AnswerComposer(index).Compose(new QuestionReader(index).Read("What does a Proficient dispatcher do?"));
        var incoming = Deserialize();
        var content = AnswerReplyBuilder.Content(answer, rendersCards: true, new ReplyRequest("What does a Proficient dispatcher do?"));
        _replies = new ExpectedReplies { Activities = [content.ReplyTo(incoming)] };
        _templateReplies = [PreparedReply.Shared(content).ReplyTo(incoming)];
    }

    [Benchmark]
    public Activity Deserialize() => JsonSerializer.Deserialize(_inbound, BotProtocolJsonContext.Default.Activity)!;

    /// <summary>The whole reply through the serializer: non-ASCII as UTF-8, into a reused buffer.</summary>
    [Benchmark]
    public int SerializeReply()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer, BotProtocolJson.ResponseWriterOptions);
        JsonSerializer.Serialize(writer, _replies, BotProtocolJsonContext.Default.ExpectedReplies);
        return (int)writer.BytesCommitted + writer.BytesPending;
    }

    /// <summary>As the adapter writes a cached reply: its content serialized once, the addressing around it.</summary>
    [Benchmark]
    public int WriteReplyFromTemplate()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer, BotProtocolJson.ResponseWriterOptions);
        ExpectedRepliesWriter.Write(writer, _templateReplies);
        return (int)writer.BytesCommitted + writer.BytesPending;
    }
}
