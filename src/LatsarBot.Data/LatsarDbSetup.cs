using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Data;

public static class LatsarDbSetup
{
    /// <summary>Registers <see cref="LatsarDb"/> (scoped: one per turn, job run or request) for the configured provider.</summary>
    public static IServiceCollection AddLatsarDb(this IServiceCollection services, DatabaseOptions options)
    {
        return options.Provider switch
        {
            // Pooled: a turn, job run or request takes a reset context instead of building one.
            DatabaseProvider.Sqlite => services.AddDbContextPool<LatsarDb, SqliteLatsarDb>(o =>
            {
                o.UseSqlite(SqliteConnectionString(options.ConnectionString));
                o.ReplaceService<Microsoft.EntityFrameworkCore.Update.IModificationCommandBatchFactory, SqliteCommandBatching>();
                if (options.SqliteSynchronous != SqliteSynchronous.Full)
                {
                    o.AddInterceptors(new SqliteSynchronousInterceptor(options.SqliteSynchronous));
                }
            }),
            DatabaseProvider.Postgres => services.AddDbContextPool<LatsarDb, PostgresLatsarDb>(o => o.UseNpgsql(options.ConnectionString)),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider."),
        };
    }

    /// <summary>Creates the database folder, applies migrations, and switches SQLite to WAL (kept in the file).</summary>
    public static async Task MigrateAsync(LatsarDb db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// A busy writer makes others wait rather than fail at once; the default timeout (30 s) lets turns queue
    /// behind each other under load instead of surfacing "database is locked".
    /// </summary>
    private static string SqliteConnectionString(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        return builder.ToString();
    }
}
