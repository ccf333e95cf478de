namespace ChatBot.BotProtocol.Connector;

/// <summary>
/// Where the outbound (bot → connector) token comes from. Read from the configuration root under the names
/// botbuilder-dotnet's <c>ConfigurationBotFrameworkAuthentication</c> uses, so existing settings carry over.
/// </summary>
public sealed class ConnectorTokenOptions
{
    /// <summary>The public-cloud multi-tenant authority: the Bot Framework tenant.</summary>
    public const string DefaultToChannelFromBotLoginUrl = "https://login.microsoftonline.com/botframework.com";

    /// <summary>The public-cloud audience of connector tokens.</summary>
    public const string DefaultToChannelFromBotOAuthScope = "https://api.botframework.com";

    /// <summary>
    /// The multi-tenant authority. A single-tenant bot keeps its scheme and host and puts
    /// <see cref="BotFrameworkOptions.MicrosoftAppTenantId"/> in place of the tenant.
    /// </summary>
    public string ToChannelFromBotLoginUrl { get; set; } = DefaultToChannelFromBotLoginUrl;

    /// <summary>The token audience; <c>/.default</c> is appended for the client-credentials scope.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = DefaultToChannelFromBotOAuthScope;
}
