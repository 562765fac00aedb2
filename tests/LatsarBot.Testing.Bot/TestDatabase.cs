using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LatsarBot.Testing;

/// <summary>
/// A database of one test's own: a fresh SQLite file, or a fresh database on the throwaway PostgreSQL
/// that ./test.sh starts (LATSARBOT_TEST_POSTGRES, default 127.0.0.1:55432). Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "LATSARBOT_TEST_POSTGRES";
    public const string DefaultPostgres = "Host=127.0.0.1;Port=55432;Username=postgres;Pooling=true";

    private TestDatabase(DatabaseProvider provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    private readonly Func<Task> _drop;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? Task.FromResult(Sqlite()) : PostgresAsync();

    public static TestDatabase Sqlite()
    {
        var folder = TestPaths.NewTempFolder();
        return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "test.db")}", () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        });
    }

    /// <summary>A SQLite file the caller owns (a process under test opens it after the harness is gone); nothing is deleted.</summary>
    public static TestDatabase SqliteAt(string path) =>
        new(DatabaseProvider.Sqlite, $"Data Source={path}", () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return Task.CompletedTask;
        });

    public static async Task<TestDatabase> PostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable) ?? DefaultPostgres;
        var name = "latsar_" + Guid.NewGuid().ToString("N")[..16];
        try
        {
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests need a server at '{server}'. Run ./test.sh, which starts a throwaway one, or set {PostgresVariable}.", e);
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        return new TestDatabase(DatabaseProvider.Postgres, connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }

    /// <summary>Configuration keys that point the bot at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Database:Provider", Provider.ToString()),
        new("Database:ConnectionString", ConnectionString),
    ];

    public DatabaseOptions Options => new() { Provider = Provider, ConnectionString = ConnectionString };

    /// <summary>A context outside any turn, to arrange data or look at what a test did.</summary>
    public LatsarDb NewContext() => Provider == DatabaseProvider.Sqlite
        ? new SqliteLatsarDb(new DbContextOptionsBuilder<SqliteLatsarDb>().UseSqlite(ConnectionString).Options)
        : new PostgresLatsarDb(new DbContextOptionsBuilder<PostgresLatsarDb>().UseNpgsql(ConnectionString).Options);

    public async Task MigrateAsync()
    {
        await using var db = NewContext();
        await LatsarDbSetup.MigrateAsync(db, CancellationToken.None);
    }

    public async ValueTask DisposeAsync() => await _drop();
}
