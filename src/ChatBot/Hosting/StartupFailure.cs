namespace ChatBot.Hosting;

/// <summary>
/// How the process ends when the bot cannot start: one critical line that says why, and one exit code, whatever
/// failed (settings that do not validate, a port in use, a seed folder that is missing or loads nothing). Without it
/// the code would be 1 or 134 (the runtime's for an unhandled exception) depending on how far Kestrel had got.
/// </summary>
internal static partial class StartupFailure
{
    /// <summary>The exit code of a bot that could not start; 0 is a normal stop.</summary>
    public const int ExitCode = 1;

    /// <summary>The one line that says why the bot stops; the fault's stack goes to Debug, for whoever needs it.</summary>
    public static void Report(ILogger logger, Exception fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        LogCannotStart(logger, fault.Message);
        LogFault(logger, fault);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The bot cannot start, so it stops (exit code 1): {Fault}")]
    private static partial void LogCannotStart(ILogger logger, string fault);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The start-up fault in full")]
    private static partial void LogFault(ILogger logger, Exception fault);
}
