using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.BotProtocol.Schema;

/// <summary>A conversation: a personal chat, a group chat or a channel thread.</summary>
public sealed class ConversationAccount
{
    /// <summary>The conversation id; Teams channel threads look like <c>19:…@thread.skype;messageid=…</c>.</summary>
    public string? Id { get; set; }

    /// <summary>The display name.</summary>
    public string? Name { get; set; }

    /// <summary>Whether the conversation has more than two participants.</summary>
    public bool? IsGroup { get; set; }

    /// <summary>Teams: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; set; }

    /// <summary>The tenant the conversation belongs to; Teams needs it on replies.</summary>
    public string? TenantId { get; set; }

    /// <summary>The Microsoft Entra object id of the conversation.</summary>
    public string? AadObjectId { get; set; }

    /// <summary>The role of the conversation's entity.</summary>
    public string? Role { get; set; }

    /// <summary>Fields this type does not name, kept as they arrived.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    internal ConversationAccount Clone() => new()
    {
        Id = Id,
        Name = Name,
        IsGroup = IsGroup,
        ConversationType = ConversationType,
        TenantId = TenantId,
        AadObjectId = AadObjectId,
        Role = Role,
        Properties = Properties is null ? null : new Dictionary<string, JsonElement>(Properties),
    };
}
