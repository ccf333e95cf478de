using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.BotProtocol.Schema;

/// <summary>
/// Metadata attached to an activity, such as a <c>mention</c> or <c>clientInfo</c>.
/// Everything but the type lives in <see cref="Properties"/>.
/// </summary>
public sealed class Entity
{
    /// <summary>The entity type.</summary>
    public string? Type { get; set; }

    /// <summary>The entity's other fields, kept as they arrived.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
