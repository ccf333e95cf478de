namespace ChatBot.Knowledge.Model;

/// <summary>Something in a seed file that does not add up (a warning) or stops the file loading (an error).</summary>
public sealed record ImportIssue(string FileName, ImportSeverity Severity, string Message)
{
    public override string ToString() => $"{FileName}: {Severity.ToString().ToUpperInvariant()} {Message}";
}
