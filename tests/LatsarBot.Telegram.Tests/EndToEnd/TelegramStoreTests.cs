using LatsarBot.Channels.Telegram;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Telegram.Tests.EndToEnd;

public sealed class TelegramStoreTests
{
    [Fact]
    public async Task Offset_Saved_ReadBackByTheNextHost()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using (var first = await TelegramTestHost.StartAsync(fake, database, webhook: true))
        {
            await first.Services.GetRequiredService<ITelegramStore>().SaveOffsetAsync(41, CancellationToken.None);
            await first.Services.GetRequiredService<ITelegramStore>().SaveOffsetAsync(42, CancellationToken.None);
        }

        await using var second = await TelegramTestHost.StartAsync(fake, database, webhook: true);

        Assert.Equal(42, await second.Services.GetRequiredService<ITelegramStore>().ReadOffsetAsync(CancellationToken.None));
    }
}
