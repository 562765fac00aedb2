namespace LatsarBot.Data;

/// <summary>The "Database" section of appsettings.json.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, e.g. "Data Source=./data/latsarbot.db"; for PostgreSQL an Npgsql connection string (from the environment).</summary>
    public string ConnectionString { get; set; } = "Data Source=./data/latsarbot.db";
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
