using System.Net;

namespace ChatBot.Tests.Hostile;

/// <summary>
/// The corpus's own judgement of where a reply may go in anonymous mode, written apart from the bot's policy so a
/// slip in either shows: a loopback address, or the allow-listed prefix (https, its host and port, under its path).
/// </summary>
internal static class ReachableServiceUrls
{
    public static bool MayReceive(Uri url) =>
        url.Scheme is "http" or "https"
        && url.UserInfo.Length == 0
        && (IsLoopback(url) || IsAllowListed(url));

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback
        || (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var address) && address.IsIPv4MappedToIPv6 && IPAddress.IsLoopback(address.MapToIPv4()));

    private static bool IsAllowListed(Uri url) =>
        url.Scheme == "https"
        && url.IdnHost.Equals("smba.trafficmanager.net", StringComparison.OrdinalIgnoreCase)
        && url.Port == 443
        && url.AbsolutePath.StartsWith("/amer/", StringComparison.OrdinalIgnoreCase);
}
