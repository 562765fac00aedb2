namespace LatsarBot.Roster;

/// <summary>The roster file cannot be read as a table at all; the message names the line to look at.</summary>
public sealed class RosterFormatException(int line, string problem) : Exception($"line {line}: {problem}")
{
    public int Line { get; } = line;
}
