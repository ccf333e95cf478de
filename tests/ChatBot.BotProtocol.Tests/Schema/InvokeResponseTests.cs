using System.Text.Json;
using ChatBot.BotProtocol.Schema;

namespace ChatBot.BotProtocol.Tests.Schema;

public class InvokeResponseTests
{
    [Fact]
    public void ToActivity_StatusAndBody_BecomeTheValueOfAnInvokeResponseActivity()
    {
        using var body = JsonDocument.Parse("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"done"}""");

        var activity = new InvokeResponse { Status = 200, Body = body.RootElement.Clone() }.ToActivity();

        Assert.Equal(ActivityTypes.InvokeResponse, activity.Type);
        Assert.Equal(200, activity.Value!.Value.GetProperty("status").GetInt32());
        Assert.Equal("done", activity.Value.Value.GetProperty("body").GetProperty("value").GetString());
    }

    [Fact]
    public void ToActivity_WithoutBody_OmitsBody()
    {
        var activity = new InvokeResponse { Status = 204 }.ToActivity();

        Assert.False(activity.Value!.Value.TryGetProperty("body", out _));
    }
}
