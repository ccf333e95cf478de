namespace ChatBot.Knowledge.Understanding;

/// <summary>How a filter keeps the previous answer's statements.</summary>
public enum FilterRule
{
    /// <summary>"which of those cite Pathsmith?": those citing the source.</summary>
    Cites,

    /// <summary>"which are sourced only from O*NET?": those citing the source and nothing else.</summary>
    CitesOnly,

    /// <summary>"which doesn't cite Jadhav &amp; Danve?": those not citing the source.</summary>
    DoesNotCite,

    /// <summary>"which one has no citation?": those citing no source at all.</summary>
    CitesNothing,

    /// <summary>"do any of them mention radio?": those whose title or description uses one of the words.</summary>
    Mentions,
}
