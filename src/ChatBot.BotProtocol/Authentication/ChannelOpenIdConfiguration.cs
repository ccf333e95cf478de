using System.Collections.Frozen;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ChatBot.BotProtocol.Authentication;

/// <summary>
/// The channel's OpenID configuration together with the <c>endorsements</c> of each signing key, so keys and
/// endorsements are always one consistent snapshot and refresh together.
/// </summary>
internal sealed class ChannelOpenIdConfiguration : OpenIdConnectConfiguration
{
    public ChannelOpenIdConfiguration(string json)
        : base(json)
    {
    }

    /// <summary>Key id → the channel ids the key is endorsed for; a key without an entry is endorsed for nothing.</summary>
    public FrozenDictionary<string, FrozenSet<string>> Endorsements { get; set; } =
        FrozenDictionary<string, FrozenSet<string>>.Empty;
}
