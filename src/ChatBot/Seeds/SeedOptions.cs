using System.ComponentModel.DataAnnotations;

namespace ChatBot.Seeds;

/// <summary>Where the framework documents are read from at start-up.</summary>
internal sealed class SeedOptions
{
    public const string Section = "Seeds";

    /// <summary>The seed folder; a relative path is looked for in the content root and then in each folder above it.</summary>
    [Required]
    public string Path { get; set; } = "seeds";
}
