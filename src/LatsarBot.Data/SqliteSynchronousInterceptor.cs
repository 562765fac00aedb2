using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LatsarBot.Data;

/// <summary>
/// Sets SQLite's <c>synchronous</c> mode on every connection (it is per connection, not stored in the file).
/// Used only when configured away from the default FULL: in WAL mode NORMAL survives a process crash but may
/// lose the last commits on a power cut, so it is the operator's choice, never ours.
/// </summary>
public sealed class SqliteSynchronousInterceptor(SqliteSynchronous mode) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private string Pragma => $"PRAGMA synchronous={mode.ToString().ToUpperInvariant()};";
}

/// <summary>SQLite's durability levels that make sense with WAL.</summary>
public enum SqliteSynchronous
{
    Full,
    Normal,
}
