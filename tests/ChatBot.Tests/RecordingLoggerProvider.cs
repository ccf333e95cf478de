using Microsoft.Extensions.Logging;

namespace ChatBot.Tests;

/// <summary>
/// Keeps every log entry of every category (level, event, formatted message and the exception's full text, as a
/// console logger would print it), so tests can check what the host leaves in its logs.
/// </summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly Lock _gate = new();
    private readonly List<RecordedLog> _entries = [];

    public IReadOnlyList<RecordedLog> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(RecordedLog entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }

    private sealed class Logger(RecordingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Add(new RecordedLog(category, logLevel, eventId, formatter(state, exception), exception?.ToString()));
    }
}

/// <summary>One log entry: <see cref="Text"/> is the message and the exception together, everything a sink would keep.</summary>
internal sealed record RecordedLog(string Category, LogLevel Level, EventId EventId, string Message, string? Exception)
{
    public string Text => Exception is null ? Message : $"{Message}\n{Exception}";
}
