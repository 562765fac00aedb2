namespace LatsarBot.Data;

/// <summary>The "Database" section of appsettings.json.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, e.g. "Data Source=./data/latsarbot.db"; for PostgreSQL an Npgsql connection string (from the environment).</summary>
    public string ConnectionString { get; set; } = "Data Source=./data/latsarbot.db";

    /// <summary>SQLite only. FULL (default) syncs every commit to disk; NORMAL syncs at checkpoints (see <see cref="SqliteSynchronousInterceptor"/>).</summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Full;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
