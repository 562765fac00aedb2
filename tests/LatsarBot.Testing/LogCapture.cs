using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LatsarBot.Testing;

/// <summary>A logger provider that keeps every line at or above <paramref name="minimum"/>, for tests that a thing was logged.</summary>
public sealed class LogCapture(LogLevel minimum = LogLevel.Debug) : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message)> _lines = new();

    public IReadOnlyList<(string Category, LogLevel Level, string Message)> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= owner._minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner._lines.Enqueue((category, logLevel, formatter(state, exception)));
            }
        }
    }

    private readonly LogLevel _minimum = minimum;
}
