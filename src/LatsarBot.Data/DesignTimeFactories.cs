using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LatsarBot.Data;

/// <summary>For `dotnet ef migrations add`: each provider's context, with a connection string that is never opened.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLatsarDb>
{
    public SqliteLatsarDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLatsarDb>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLatsarDb>
{
    public PostgresLatsarDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLatsarDb>().UseNpgsql("Host=127.0.0.1;Database=latsarbot_design").Options);
}
