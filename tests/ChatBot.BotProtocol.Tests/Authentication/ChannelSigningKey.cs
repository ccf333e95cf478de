using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.BotProtocol.Tests.Authentication;

/// <summary>An RSA key the test channel signs with, its JWK entry (with endorsements) and a token minter.</summary>
internal sealed class ChannelSigningKey : IDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "00000000-0000-0000-0000-0000000000a1";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly RSA _rsa = RSA.Create(2048);

    /// <param name="keyId">The kid.</param>
    /// <param name="endorsements">The channels the key is endorsed for; null publishes the key without an entry.</param>
    public ChannelSigningKey(string keyId, params string[]? endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    public IReadOnlyList<string>? Endorsements { get; }

    /// <summary>The key's entry in the keys document, as the channel publishes it.</summary>
    public Dictionary<string, object> Jwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }

    /// <summary>Mints a channel token; every claim is right unless the caller changes it.</summary>
    public string CreateToken(
        string? issuer = Issuer,
        string? audience = AppId,
        string? serviceUrl = ServiceUrl,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256,
        string? keyId = null)
    {
        var claims = serviceUrl is null ? [] : new[] { new Claim("serviceurl", serviceUrl) };
        var credentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = keyId ?? KeyId }, algorithm);
        var now = DateTime.UtcNow;
        var token = new JwtSecurityToken(
            issuer, audience, claims, notBefore ?? now.AddMinutes(-1), expires ?? now.AddHours(1), credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public void Dispose() => _rsa.Dispose();
}
