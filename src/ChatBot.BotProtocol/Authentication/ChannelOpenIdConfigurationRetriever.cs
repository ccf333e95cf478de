using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.BotProtocol.Authentication;

/// <summary>
/// Reads the OpenID metadata, then its <c>jwks_uri</c> document once, into the signing keys and (with
/// System.Text.Json, because <see cref="JsonWebKey"/> drops it) each key's <c>endorsements</c> array.
/// </summary>
internal sealed class ChannelOpenIdConfigurationRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(
        string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        var metadata = await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false);
        var configuration = new ChannelOpenIdConfiguration(metadata);
        if (string.IsNullOrWhiteSpace(configuration.JwksUri))
        {
            throw new InvalidOperationException("The OpenID metadata names no jwks_uri.");
        }

        var keys = await retriever.GetDocumentAsync(configuration.JwksUri, cancel).ConfigureAwait(false);
        configuration.JsonWebKeySet = new JsonWebKeySet(keys);
        foreach (var key in configuration.JsonWebKeySet.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        configuration.Endorsements = ReadEndorsements(keys);
        return configuration;
    }

    internal static FrozenDictionary<string, FrozenSet<string>> ReadEndorsements(string keysDocument)
    {
        var endorsements = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(keysDocument);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out var keys)
            || keys.ValueKind != JsonValueKind.Array)
        {
            return endorsements.ToFrozenDictionary(StringComparer.Ordinal);
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out var kid)
                || kid.ValueKind != JsonValueKind.String
                || string.IsNullOrEmpty(kid.GetString())
                || !key.TryGetProperty("endorsements", out var values)
                || values.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var channels = values.EnumerateArray()
                .Where(value => value.ValueKind == JsonValueKind.String)
                .Select(value => value.GetString()!)
                .ToFrozenSet(StringComparer.Ordinal);

            // A duplicated kid is ambiguous; the first entry wins, as the first matching key would.
            endorsements.TryAdd(kid.GetString()!, channels);
        }

        return endorsements.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
