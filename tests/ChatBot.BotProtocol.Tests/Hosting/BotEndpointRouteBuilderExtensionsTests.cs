using System.Text;
using ChatBot.BotProtocol.Hosting;
using ChatBot.BotProtocol.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.BotProtocol.Tests.Hosting;

public class BotEndpointRouteBuilderExtensionsTests
{
    [Theory]
    [InlineData("GET", 405)]
    [InlineData("POST", 200)]
    public async Task MapBotMessages_AnyMethod_ReachesTheAdapterWithTheBotFromDi(string method, int expectedStatus)
    {
        var bot = DelegateBot.Echo();
        await using var app = BuildApp(bot);
        var endpoint = Assert.Single(((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>());
        var context = new DefaultHttpContext { RequestServices = app.Services };
        context.Request.Method = method;
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(
            """{"type":"message","id":"1","deliveryMode":"expectReplies","conversation":{"id":"c"},"text":"hi"}"""));
        context.Response.Body = new MemoryStream();

        await endpoint.RequestDelegate!(context);

        Assert.Equal("/api/messages", endpoint.RoutePattern.RawText);
        Assert.Null(endpoint.Metadata.GetMetadata<HttpMethodMetadata>());
        Assert.Equal(expectedStatus, context.Response.StatusCode);
        Assert.Equal(expectedStatus == 200 ? 1 : 0, bot.Turns);
    }

    [Fact]
    public async Task MapBotMessages_CustomPattern_IsUsed()
    {
        await using var app = BuildApp(DelegateBot.Echo(), "/bot");

        var endpoint = Assert.Single(((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>());

        Assert.Equal("/bot", endpoint.RoutePattern.RawText);
    }

    private static WebApplication BuildApp(IBot bot, string? pattern = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddSingleton(bot);
        var app = builder.Build();
        if (pattern is null)
        {
            app.MapBotMessages();
        }
        else
        {
            app.MapBotMessages(pattern);
        }

        return app;
    }
}
