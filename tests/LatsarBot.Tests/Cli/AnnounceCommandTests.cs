using LatsarBot.Announcements;
using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Conversations;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Tests.Cli;

/// <summary>`announce send|report|cancel|list` on the demo institution (Andi and Siti in Kelas A, with web chats here).</summary>
public sealed class AnnounceCommandTests
{
    [Fact]
    public async Task Process_SendToCoachesWithYes_PreviewThenReport()
    {
        var folder = TestPaths.NewTempFolder();
        var environment = new Dictionary<string, string>
        {
            ["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "announce.db")}",
            ["Content__Path"] = TestPaths.Content,
            ["Demo__Enabled"] = "true",
        };

        var (exit, output) = await HostProcess.RunCommandAsync(folder, "", environment, "announce", "send", "--to", "role:coach", "--text", "Rapat coach pukul 13.00.", "--yes");

        Assert.Equal(0, exit);
        Assert.Contains("📢 *Pengumuman — BPSDM Demo LatsarBot*", output, StringComparison.Ordinal);
        Assert.Contains("Rapat coach pukul 13.00.", output, StringComparison.Ordinal);
        Assert.Contains("Recipients: *2*", output, StringComparison.Ordinal); // the demo's two coaches
        Assert.Contains("Report of announcement #1", output, StringComparison.Ordinal);
        Assert.Contains("Unreachable: 2", output, StringComparison.Ordinal); // neither has ever opened a chat
    }

    [Fact]
    public async Task Send_ToAClass_FannedOutAtOnce_ReportAddsUp()
    {
        await using var bot = await HostHarness.StartAsync();
        await GiveParticipantsWebChatsAsync(bot);
        var output = new StringWriter();

        var exit = await Console(bot, output).SendAsync("class:Angkatan I Tahun 2026/Kelas A", "Besok libur.", null, null, yes: true, CancellationToken.None);

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains("Recipients: *2* (web chat 2)", text, StringComparison.Ordinal);
        Assert.Contains("Estimated time to deliver: immediately", text, StringComparison.Ordinal);
        Assert.Contains("Queued: 2", text, StringComparison.Ordinal);
        Assert.Contains("Pending: 2", text, StringComparison.Ordinal);
        await using var db = bot.NewContext();
        Assert.Equal(2, await db.Outbox.CountAsync(o => o.Batch == Announcement.BatchOf(1)));
    }

    [Fact]
    public async Task Send_NotConfirmed_NothingRecorded()
    {
        await using var bot = await HostHarness.StartAsync();
        var output = new StringWriter();

        var exit = await new AnnouncementConsole(bot.Services, output, new StringReader("n\n")).SendAsync("all", "Halo semua.", null, null, yes: false, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("Nothing sent.", output.ToString(), StringComparison.Ordinal);
        await using var db = bot.NewContext();
        Assert.Equal(0, await db.Announcements.CountAsync());
    }

    [Theory]
    [InlineData("cohort:Angkatan Tidak Ada", "No cohort named 'Angkatan Tidak Ada'")]
    [InlineData("kelas", "is not an audience")]
    public async Task Send_UnknownAudience_Refused(string to, string message)
    {
        await using var bot = await HostHarness.StartAsync();
        var output = new StringWriter();

        var exit = await Console(bot, output).SendAsync(to, "Halo.", null, null, yes: true, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains(message, output.ToString(), StringComparison.Ordinal);
    }

    private static AnnouncementConsole Console(BotHarness bot, TextWriter output) => new(bot.Services, output, TextReader.Null);

    private static async Task GiveParticipantsWebChatsAsync(BotHarness bot)
    {
        await using var db = bot.NewContext();
        foreach (var participant in await db.Participants.ToListAsync())
        {
            var chat = "web-" + participant.Id;
            db.ChannelIdentities.Add(new ChannelIdentity { Channel = "webchat", ChannelUserId = chat, ConversationId = chat, PersonId = participant.Id, BoundAt = bot.Time.GetUtcNow() });
            db.Conversations.Add(new ConversationRecord { Channel = "webchat", ConversationId = chat, StateJson = "{}", UpdatedAt = bot.Time.GetUtcNow() });
        }

        await db.SaveChangesAsync();
    }
}
