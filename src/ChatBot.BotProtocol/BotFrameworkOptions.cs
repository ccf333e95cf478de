namespace ChatBot.BotProtocol;

/// <summary>
/// Settings of the protocol layer. The <c>MicrosoftApp*</c> values come from the configuration root, under the names
/// Bot Framework users know; our own settings live in the <see cref="SectionName"/> section.
/// </summary>
public sealed class BotFrameworkOptions
{
    /// <summary>The configuration section holding <see cref="AllowedServiceUrls"/> and <see cref="MaxRequestBodyBytes"/>.</summary>
    public const string SectionName = "BotFramework";

    /// <summary>The default body limit: 256 KB, the Azure Bot Service payload limit.</summary>
    public const int DefaultMaxRequestBodyBytes = 256 * 1024;

    /// <summary>The Bot Framework channel's OpenID metadata (public cloud).</summary>
    public const string DefaultToBotFromChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer of the tokens the Bot Framework channel sends (public cloud).</summary>
    public const string DefaultToBotFromChannelTokenIssuer = "https://api.botframework.com";

    /// <summary>The bot's Microsoft App ID; empty means anonymous development mode.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The bot's client secret.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The tenant of a single-tenant bot.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>MultiTenant</c>, <c>SingleTenant</c> or <c>UserAssignedMsi</c>.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>
    /// Where the signing keys of inbound channel tokens are published: https, or http only for a loopback host (tests).
    /// </summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = DefaultToBotFromChannelOpenIdMetadataUrl;

    /// <summary>The only issuer accepted on inbound channel tokens.</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = DefaultToBotFromChannelTokenIssuer;

    /// <summary>
    /// Absolute URL prefixes (<c>https://smba.trafficmanager.net/amer/</c>) or host names (<c>smba.trafficmanager.net</c>)
    /// replies may go to besides loopback addresses.
    /// </summary>
    public IReadOnlyList<string> AllowedServiceUrls { get; set; } = [];

    /// <summary>The largest request body accepted, in bytes.</summary>
    public int MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>Whether the bot runs without a Microsoft App ID: inbound requests unauthenticated, no outbound token.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
