namespace ChatBot.Knowledge.Model;

/// <summary>Who the framework is for: the O*NET-SOC occupation and its job zone.</summary>
public sealed record OccupationProfile
{
    /// <summary>O*NET-SOC code, e.g. "43-5032.00"; the key that merges a JSON export with its page.</summary>
    public required string SocCode { get; init; }

    public required string Title { get; init; }

    public string? Group { get; init; }

    public string? Sector { get; init; }

    public int? JobZone { get; init; }

    /// <summary>The job zone's label, e.g. "Some Preparation".</summary>
    public string? JobZoneLabel { get; init; }

    /// <summary>True when the export says the job zone was inferred rather than taken from O*NET.</summary>
    public bool? JobZoneInferred { get; init; }
}
