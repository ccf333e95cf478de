namespace ChatBot.Replies.Views;

/// <summary>How a list of framework statements is sourced; every answer shows each kind the same way.</summary>
internal enum Sourcing
{
    /// <summary>Each statement names what it cites, or says it cites nothing: AI use and durable skills.</summary>
    PerStatement,

    /// <summary>
    /// Role-level statements: none cites a source of its own, and the export names sources for the framework as a
    /// whole. No statement gets a citation mark; the card says so once, under its sources (<see cref="Credits"/>).
    /// </summary>
    FrameworkWide,
}
