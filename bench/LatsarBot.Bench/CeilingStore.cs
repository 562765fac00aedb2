using Microsoft.Data.Sqlite;

namespace LatsarBot.Bench;

/// <summary>
/// The least a turn must write: one row in one transaction on a SQLite file in WAL mode, with the same
/// driver, durability settings (the default synchronous mode) and busy timeout as the bot's database.
/// SQLite takes one writer at a time; with <c>gate</c> the writers queue on an async semaphore, without
/// it they collide in SQLite and Microsoft.Data.Sqlite retries the loser after a blocking 150 ms sleep.
/// </summary>
public sealed class CeilingStore(string connectionString, bool gate)
{
    private readonly SemaphoreSlim? _gate = gate ? new SemaphoreSlim(1, 1) : null;

    public static async Task<CeilingStore> CreateAsync(string file, bool gate)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = 30 }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS inbound (
                id INTEGER PRIMARY KEY,
                conversation_id TEXT NOT NULL,
                activity_id TEXT NOT NULL,
                user_id TEXT NOT NULL,
                text TEXT,
                received_at INTEGER NOT NULL);
            CREATE UNIQUE INDEX IF NOT EXISTS ix_inbound_key ON inbound (conversation_id, activity_id);
            """;
        await command.ExecuteNonQueryAsync();
        return new CeilingStore(connectionString, gate);
    }

    public async Task<long> AppendAsync(string conversationId, string activityId, string userId, string? text, CancellationToken cancellationToken)
    {
        if (_gate is not null)
        {
            await _gate.WaitAsync(cancellationToken);
        }

        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = (SqliteTransaction)transaction;
            command.CommandText =
                "INSERT INTO inbound (conversation_id, activity_id, user_id, text, received_at) VALUES ($c, $a, $u, $t, $r) RETURNING id";
            command.Parameters.AddWithValue("$c", conversationId);
            command.Parameters.AddWithValue("$a", activityId);
            command.Parameters.AddWithValue("$u", userId);
            command.Parameters.AddWithValue("$t", (object?)text ?? DBNull.Value);
            command.Parameters.AddWithValue("$r", TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds());
            var id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            await transaction.CommitAsync(cancellationToken);
            return id;
        }
        finally
        {
            _gate?.Release();
        }
    }
}
