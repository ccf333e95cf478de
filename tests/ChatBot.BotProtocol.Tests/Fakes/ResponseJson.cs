using System.Buffers;
using System.Text;
using System.Text.Json;
using ChatBot.BotProtocol.Schema;

namespace ChatBot.BotProtocol.Tests.Fakes;

/// <summary>What a writer puts in a response body, with the adapter's writer options, as a string to compare.</summary>
internal static class ResponseJson
{
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, BotProtocolJson.ResponseWriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
