using System.Text;
using ChatBot.BotProtocol.Hosting;

namespace ChatBot.BotProtocol.Tests.Hosting;

public sealed class PooledBufferWriterTests
{
    [Fact]
    public void Write_PastTheInitialCapacity_GrowsAndKeepsEveryByteInOrder()
    {
        using var buffer = new PooledBufferWriter(16);
        var expected = new StringBuilder();
        for (var i = 0; i < 500; i++)
        {
            var text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"chunk {i};");
            var chunk = Encoding.ASCII.GetBytes(text);
            chunk.CopyTo(buffer.GetSpan(chunk.Length));
            buffer.Advance(chunk.Length);
            expected.Append(text);
        }

        Assert.Equal(expected.ToString(), Encoding.ASCII.GetString(buffer.WrittenSpan));
        Assert.Equal(expected.Length, buffer.WrittenCount);
    }

    [Fact]
    public void Advance_BeyondTheSpaceHandedOut_Throws()
    {
        using var buffer = new PooledBufferWriter(16);
        var free = buffer.GetMemory().Length;

        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Advance(free + 1));
    }

    [Fact]
    public void GetSpan_AfterDispose_Throws()
    {
        var buffer = new PooledBufferWriter(16);
        buffer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => buffer.GetSpan());
    }
}
