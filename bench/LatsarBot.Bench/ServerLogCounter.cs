using System.Collections.Concurrent;

namespace LatsarBot.Bench;

/// <summary>
/// Counts the warnings and errors the host logs while under load. A turn that throws is answered 200
/// with an apology, so HTTP status alone would hide it; the pipeline's error log does not.
/// </summary>
public sealed class ServerLogCounter : ILoggerProvider
{
    private long _warnings;
    private long _errors;
    private readonly ConcurrentQueue<string> _samples = new();

    public long Warnings => Interlocked.Read(ref _warnings);

    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>The first few messages, to say what went wrong without flooding the report.</summary>
    public IReadOnlyCollection<string> Samples => _samples;

    public ILogger CreateLogger(string categoryName) => new Counter(this, categoryName);

    public void Dispose()
    {
    }

    private void Record(LogLevel level, string category, string message, Exception? exception)
    {
        Interlocked.Increment(ref level >= LogLevel.Error ? ref _errors : ref _warnings);
        if (_samples.Count < 5)
        {
            _samples.Enqueue($"{level} {category}: {message}{(exception is null ? "" : " — " + exception.GetType().Name + ": " + exception.Message)}");
        }
    }

    private sealed class Counter(ServerLogCounter owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Record(logLevel, category, formatter(state, exception), exception);
            }
        }
    }
}
