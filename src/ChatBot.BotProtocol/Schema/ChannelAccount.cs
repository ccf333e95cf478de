using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.BotProtocol.Schema;

/// <summary>A user or bot in a channel. In Teams users are <c>29:…</c> and bots <c>28:…</c>.</summary>
public sealed class ChannelAccount
{
    /// <summary>The channel's id for the account.</summary>
    public string? Id { get; set; }

    /// <summary>The display name.</summary>
    public string? Name { get; set; }

    /// <summary>The Microsoft Entra object id of the account.</summary>
    public string? AadObjectId { get; set; }

    /// <summary>The role: <c>user</c> or <c>bot</c>.</summary>
    public string? Role { get; set; }

    /// <summary>Fields this type does not name, kept as they arrived.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    internal ChannelAccount Clone() => new()
    {
        Id = Id,
        Name = Name,
        AadObjectId = AadObjectId,
        Role = Role,
        Properties = Properties is null ? null : new Dictionary<string, JsonElement>(Properties),
    };
}
