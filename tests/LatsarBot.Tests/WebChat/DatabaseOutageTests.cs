using System.Net;
using System.Net.Http.Json;
using LatsarBot.Channels.WebChat;
using LatsarBot.Testing;
using Npgsql;

namespace LatsarBot.Tests.WebChat;

public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task Post_DatabaseGone_503JsonAndTheHostKeepsServing()
    {
        await using var host = await TestHost.StartAsync(await TestDatabase.PostgresAsync());
        var session = await WebChatTransport.StartSessionAsync(host.Client);
        await DropDatabaseAsync(host.Database.ConnectionString);

        using var turn = await WebChatTransport.PostJsonAsync(host.Client, session, "activities", new { id = "1", from = "u1", text = "/start" });
        using var health = await host.Client.GetAsync("/healthz");
        using var page = await host.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, turn.StatusCode);
        var body = await turn.Content.ReadAsStringAsync();
        Assert.Equal("unavailable", System.Text.Json.JsonSerializer.Deserialize<WebChatError>(body)!.Error);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.Equal("nosniff", turn.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", turn.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // The outage ends before the host stops: a clustered Quartz store that cannot reach its database can stall
        // its own shutdown (quartznet#656), which once hung this test for ten minutes.
        await RunAsAdminAsync(host.Database.ConnectionString, name => $"CREATE DATABASE \"{name}\"");
    }

    private static Task DropDatabaseAsync(string connectionString) =>
        RunAsAdminAsync(connectionString, name => $"DROP DATABASE \"{name}\" WITH (FORCE)");

    private static async Task RunAsAdminAsync(string connectionString, Func<string, string> sql)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" };
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql(target.Database!), connection);
        await command.ExecuteNonQueryAsync();
    }
}
