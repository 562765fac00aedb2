using LatsarBot.Data;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Data.Tests.Storage;

public sealed class SqliteSynchronousTests
{
    [Theory]
    [InlineData(SqliteSynchronous.Full, 2)]
    [InlineData(SqliteSynchronous.Normal, 1)]
    public async Task Connection_ConfiguredMode_IsInForceOnEveryTurnsConnection(SqliteSynchronous mode, long expected)
    {
        await using var database = TestDatabase.Sqlite();
        await database.MigrateAsync();
        var services = new ServiceCollection().AddLatsarDb(new DatabaseOptions { ConnectionString = database.ConnectionString, SqliteSynchronous = mode }).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();

        var actual = await db.Database.SqlQueryRaw<long>("PRAGMA synchronous").ToListAsync();

        Assert.Equal(expected, actual.Single());
    }
}
