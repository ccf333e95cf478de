using System.ComponentModel.DataAnnotations;

namespace ChatBot.Legal;

/// <summary>What the privacy and terms pages say that only the operator knows.</summary>
internal sealed class LegalOptions
{
    public const string Section = "Legal";

    /// <summary>
    /// Who to write to about the bot or about one's data: an e-mail address, a URL or a sentence, shown as text.
    /// Empty: the pages send people to the administrator who added the app to their organisation.
    /// </summary>
    [MaxLength(500)]
    public string Contact { get; set; } = "";
}
