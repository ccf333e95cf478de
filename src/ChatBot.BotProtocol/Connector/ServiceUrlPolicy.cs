using System.Diagnostics.CodeAnalysis;
using System.Net;
using Microsoft.Extensions.Options;

namespace ChatBot.BotProtocol.Connector;

/// <summary>
/// Allows absolute http(s) URLs without user info. In anonymous mode the host must also be loopback or match
/// <see cref="BotFrameworkOptions.AllowedServiceUrls"/>: without token validation the serviceUrl is whatever the
/// caller wrote, so this keeps an unauthenticated request from making the bot POST to an arbitrary host. In
/// authenticated mode the validated token's <c>serviceurl</c> claim vouches for the activity's serviceUrl.
/// </summary>
internal sealed class ServiceUrlPolicy : IServiceUrlPolicy
{
    private readonly Uri[] _allowedPrefixes;
    private readonly string[] _allowedHosts;
    private readonly bool _vouchedForByToken;

    public ServiceUrlPolicy(IOptions<BotFrameworkOptions> options)
    {
        var prefixes = new List<Uri>();
        var hosts = new List<string>();
        foreach (var entry in options.Value.AllowedServiceUrls)
        {
            if (TryParseHttpUrl(entry, out var prefix))
            {
                prefixes.Add(prefix);
            }
            else if (IsHostName(entry))
            {
                hosts.Add(entry.Trim());
            }
        }

        _allowedPrefixes = [.. prefixes];
        _allowedHosts = [.. hosts];
        _vouchedForByToken = !options.Value.IsAnonymous;
    }

    public bool IsAllowed(string serviceUrl)
    {
        if (!TryParseHttpUrl(serviceUrl, out var uri))
        {
            return false;
        }

        return _vouchedForByToken
            || IsLoopback(uri)
            || _allowedHosts.Any(host => string.Equals(host, HostOf(uri), StringComparison.OrdinalIgnoreCase))
            || _allowedPrefixes.Any(prefix => MatchesPrefix(uri, prefix));
    }

    internal static bool IsValidAllowListEntry(string? entry) => TryParseHttpUrl(entry, out _) || IsHostName(entry);

    internal static bool TryParseHttpUrl(string? value, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value, UriKind.Absolute, out var parsed))
        {
            return false;
        }

        // On Unix "/path" parses as an absolute file: URI, hence the explicit scheme check.
        if ((parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps) || parsed.UserInfo.Length > 0)
        {
            return false;
        }

        uri = parsed;
        return true;
    }

    private static bool IsHostName(string? entry) =>
        !string.IsNullOrWhiteSpace(entry) && Uri.CheckHostName(entry.Trim()) != UriHostNameType.Unknown;

    private static string HostOf(Uri uri) => uri.IdnHost.Trim('[', ']');

    internal static bool IsLoopback(Uri uri) => uri.HostNameType switch
    {
        UriHostNameType.IPv4 or UriHostNameType.IPv6 =>
            IPAddress.TryParse(HostOf(uri), out var address) && IPAddress.IsLoopback(address),
        UriHostNameType.Dns => string.Equals(uri.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    // Compared part by part so "https://host" cannot match "https://host.evil.example" and "/amer" cannot
    // match "/americas".
    private static bool MatchesPrefix(Uri candidate, Uri prefix) =>
        string.Equals(candidate.Scheme, prefix.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(HostOf(candidate), HostOf(prefix), StringComparison.OrdinalIgnoreCase)
        && candidate.Port == prefix.Port
        && WithTrailingSlash(candidate.AbsolutePath).StartsWith(
            WithTrailingSlash(prefix.AbsolutePath), StringComparison.OrdinalIgnoreCase);

    private static string WithTrailingSlash(string path) => path.EndsWith('/') ? path : path + "/";
}
