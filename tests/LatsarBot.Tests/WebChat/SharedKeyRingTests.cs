using System.Net;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Tests.WebChat;

/// <summary>
/// Several instances on one database are one bot to a browser: the Data Protection key ring lives in that database, so a
/// session minted by one instance is served by another, and an instance on another database cannot read it.
/// </summary>
public sealed class SharedKeyRingTests
{
    [Fact]
    public async Task SessionFromOneInstance_IsServedByAnotherOnTheSameDatabase_AndRefusedElsewhere()
    {
        await using var first = await TestHost.StartAsync(await TestDatabase.PostgresAsync());
        await using var second = await TestHost.StartAsync(settings: first.Database.Settings);
        await using var elsewhere = await TestHost.StartAsync();
        var session = await WebChatTransport.StartSessionAsync(first.Client);

        using var onSecond = await WebChatTransport.PostJsonAsync(second.Client, session, "activities", new { id = "1", from = "u1", text = "/start" });
        using var onElsewhere = await WebChatTransport.PostJsonAsync(elsewhere.Client, session, "activities", new { id = "2", from = "u1", text = "/start" });
        var feedOnFirst = await WebChatTransport.FeedAsync(first.Client, session, 0);

        Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, onElsewhere.StatusCode);
        Assert.NotEmpty(feedOnFirst.Messages);
        await using var db = first.Database.NewContext();
        var keys = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.Single(keys);
        Assert.StartsWith("<key id=", keys[0], StringComparison.Ordinal);
    }
}
