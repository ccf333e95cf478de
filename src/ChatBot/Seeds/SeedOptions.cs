using System.ComponentModel.DataAnnotations;

namespace ChatBot.Seeds;

/// <summary>Where the framework documents are read from, and whether edits to them are picked up while running.</summary>
internal sealed class SeedOptions
{
    public const string Section = "Seeds";

    /// <summary>The seed folder; a relative path is looked for in the content root and then in each folder above it.</summary>
    [Required]
    public string Path { get; set; } = "seeds";

    /// <summary>Whether a change in the seed folder triggers a reload.</summary>
    public bool ReloadOnChange { get; set; } = true;

    /// <summary>
    /// How long the folder must stay quiet before a reload starts: an editor's save or a copy of several files is a
    /// burst of events, and a half-written file would only be refused.
    /// </summary>
    [Range(0, 60_000)]
    public int ReloadDelayMilliseconds { get; set; } = 500;
}
