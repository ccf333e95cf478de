using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.BotProtocol.Schema;

/// <summary>A card or file attached to an activity.</summary>
public sealed class Attachment
{
    /// <summary>The media type, for example <c>application/vnd.microsoft.card.adaptive</c>.</summary>
    public string? ContentType { get; set; }

    /// <summary>The inline content, such as the card.</summary>
    public JsonElement? Content { get; set; }

    /// <summary>Where to fetch the content from, when it is not inline.</summary>
    public string? ContentUrl { get; set; }

    /// <summary>The file name.</summary>
    public string? Name { get; set; }

    /// <summary>Where to fetch a thumbnail from.</summary>
    public string? ThumbnailUrl { get; set; }

    /// <summary>Fields this type does not name (Teams' <c>preview</c>, for example), kept as they arrived.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
