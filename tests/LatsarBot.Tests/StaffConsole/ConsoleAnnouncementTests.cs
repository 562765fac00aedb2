using System.Net;
using LatsarBot.Announcements;
using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Conversations;
using LatsarBot.Testing;
using LatsarBot.Testing.StaffConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.StaffConsole;

/// <summary>Issue 15, item 5, over real HTTP: compose, preview with the capacity plan, send or schedule, the report, cancel; and the scope.</summary>
public sealed class ConsoleAnnouncementTests
{
    private const string Text = "Besok pukul 08.00 ada sesi daring Agenda II.";

    [Fact]
    public async Task Announcement_PreviewCountsPerChannel_SendNow_FansOutAsTheChatDoes_ReportShowsIt()
    {
        await using var host = await TestHost.StartAsync();
        var (classId, _) = await ArrangeAsync(host);
        using var rina = await SignedInAsync(host, ConsoleStaff.Organiser);
        var audience = $"k:{classId}";

        var preview = await rina.SubmitAsync("/console/pengumuman", "/console/pengumuman/pratinjau", ("audience", audience), ("text", Text), ("when", ""));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("BPSDM Demo LatsarBot", html, StringComparison.Ordinal);
        Assert.Contains("sesi daring Agenda II", html, StringComparison.Ordinal);
        Assert.Contains("<tr data-channel=\"webchat\"><th scope=\"row\">", html, StringComparison.Ordinal);
        Assert.Contains("Kirim sekarang ke 2 penerima", html, StringComparison.Ordinal);
        Assert.False(await QueryAsync(host, db => db.Announcements.AnyAsync()));

        var sent = await rina.SubmitAsync("/console/pengumuman", "/console/pengumuman", ("audience", audience), ("text", Text), ("when", ""));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var announcement = await QueryAsync(host, db => db.Announcements.SingleAsync());
        Assert.Equal($"/console/pengumuman/{announcement.Id}", sent.Headers.Location!.ToString());
        Assert.Equal((AudienceKind.Class, classId, Text), (announcement.Audience, announcement.ClassId, announcement.Text));
        var rinaId = await QueryAsync(host, db => db.Staff.Where(s => s.Nip == Nip.FromTrusted(ConsoleStaff.Organiser)).Select(s => s.Id).SingleAsync());
        Assert.Equal(rinaId, announcement.AuthorId);

        await host.Services.GetRequiredService<AnnouncementService>().RunOnceAsync(CancellationToken.None);

        var report = await (await rina.GetAsync($"/console/pengumuman/{announcement.Id}")).Content.ReadAsStringAsync();
        Assert.Matches(Cell("recipients", 2), report);
        Assert.Matches(Cell("queued", 1), report);
        Assert.Matches(Cell("unreachable", 1), report);
        Assert.Equal(1, await QueryAsync(host, db => db.Outbox.CountAsync(o => o.Batch == announcement.Batch)));
    }

    [Fact]
    public async Task Announcement_ToTheCoachesOfAnInstitution_ReachesCoachesOnly()
    {
        await using var host = await TestHost.StartAsync();
        await ArrangeAsync(host);
        var institutionId = await QueryAsync(host, db => db.Staff.Where(s => s.Nip == Nip.FromTrusted(ConsoleStaff.Coach)).Select(s => s.InstitutionId).SingleAsync());
        var coachChats = await QueryAsync(host, db => db.Staff.Where(s => s.InstitutionId == institutionId && s.StaffRole == Role.Coach)
            .OrderBy(s => s.Id).Select(s => "staff-chat-" + s.Id).ToListAsync());
        using var rina = await SignedInAsync(host, ConsoleStaff.Organiser);
        var audience = $"r:{institutionId}:coach";

        var form = await (await rina.GetAsync("/console/pengumuman")).Content.ReadAsStringAsync();
        var sent = await rina.SubmitAsync("/console/pengumuman", "/console/pengumuman", ("audience", audience), ("text", Text), ("when", ""));
        await host.Services.GetRequiredService<AnnouncementService>().RunOnceAsync(CancellationToken.None);

        Assert.Contains($"<option value=\"{audience}\">BPSDM Demo LatsarBot: ", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var announcement = await QueryAsync(host, db => db.Announcements.SingleAsync());
        Assert.Equal((AudienceKind.Role, Role.Coach), (announcement.Audience, announcement.AudienceRole));
        var reached = await QueryAsync(host, db => db.Outbox.Where(o => o.Batch == announcement.Batch).Select(o => o.ConversationId).ToListAsync());
        Assert.Equal(2, coachChats.Count);
        Assert.Equal(coachChats.Order(StringComparer.Ordinal), reached.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Announcement_Scheduled_ThenCancelled_NeverFansOut()
    {
        await using var host = await TestHost.StartAsync();
        var (classId, _) = await ArrangeAsync(host);
        using var rina = await SignedInAsync(host, ConsoleStaff.Organiser);
        var tomorrow = DateTimeOffset.UtcNow.AddDays(2).ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddT08:00", System.Globalization.CultureInfo.InvariantCulture);

        var preview = await rina.SubmitAsync("/console/pengumuman", "/console/pengumuman/pratinjau", ("audience", $"k:{classId}"), ("text", Text), ("when", tomorrow));
        Assert.Contains("Jadwalkan", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var sent = await rina.SubmitAsync("/console/pengumuman", "/console/pengumuman", ("audience", $"k:{classId}"), ("text", Text), ("when", tomorrow));
        var id = await QueryAsync(host, db => db.Announcements.Select(a => a.Id).SingleAsync());
        Assert.Equal(AnnouncementStatus.Scheduled, await QueryAsync(host, db => db.Announcements.Select(a => a.Status).SingleAsync()));

        var cancel = await rina.SubmitAsync($"/console/pengumuman/{id}", $"/console/pengumuman/{id}/batal");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Equal(AnnouncementStatus.Cancelled, await QueryAsync(host, db => db.Announcements.Select(a => a.Status).SingleAsync()));
        await host.Services.GetRequiredService<AnnouncementService>().RunOnceAsync(CancellationToken.None);
        Assert.False(await QueryAsync(host, db => db.Outbox.AnyAsync(o => o.Batch == Announcement.BatchOf(id))));
        var report = await (await rina.GetAsync($"/console/pengumuman/{id}")).Content.ReadAsStringAsync();
        Assert.Matches(Cell("cancelled", 2), report);
        Assert.DoesNotContain("Batalkan pengumuman", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", Text, "", "Pilih sasaran")]
    [InlineData("{class}", "   ", "", "wajib diisi")]
    [InlineData("{class}", Text, "2020-01-01T08:00", "sudah lewat")]
    [InlineData("{class}", Text, "besok pagi", "tidak terbaca")]
    [InlineData("k:999999", Text, "", "Pilih sasaran")]
    public async Task Announcement_BadForm_400WithTheReason_NothingStored(string audience, string text, string when, string reason)
    {
        await using var host = await TestHost.StartAsync();
        var (classId, _) = await ArrangeAsync(host);
        using var rina = await SignedInAsync(host, ConsoleStaff.Organiser);
        audience = audience.Replace("{class}", $"k:{classId}", StringComparison.Ordinal);

        var preview = await rina.SubmitAsync("/console/pengumuman", "/console/pengumuman/pratinjau", ("audience", audience), ("text", text), ("when", when));
        var send = await rina.SubmitAsync("/console/pengumuman", "/console/pengumuman", ("audience", audience), ("text", text), ("when", when));

        Assert.Equal(HttpStatusCode.BadRequest, preview.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, send.StatusCode);
        Assert.Contains(reason, await send.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await QueryAsync(host, db => db.Announcements.AnyAsync()));
    }

    [Fact]
    public async Task Announcement_AnotherInstitution_CannotAddressViewOrCancelIt()
    {
        await using var host = await TestHost.StartAsync();
        var (classId, _) = await ArrangeAsync(host);
        using var rina = await SignedInAsync(host, ConsoleStaff.Organiser);
        using var made = await SignedInAsync(host, ConsoleStaff.OtherOrganiser);
        using var budi = await SignedInAsync(host, ConsoleStaff.Coach);
        await rina.SubmitAsync("/console/pengumuman", "/console/pengumuman", ("audience", $"k:{classId}"), ("text", Text), ("when", DateTimeOffset.UtcNow.AddDays(3).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        var id = await QueryAsync(host, db => db.Announcements.Select(a => a.Id).SingleAsync());

        var list = await (await made.GetAsync("/console/pengumuman")).Content.ReadAsStringAsync();
        var view = await made.GetAsync($"/console/pengumuman/{id}");
        var cancel = await made.SubmitAsync("/console/pengumuman", $"/console/pengumuman/{id}/batal");
        var address = await made.SubmitAsync("/console/pengumuman", "/console/pengumuman", ("audience", $"k:{classId}"), ("text", "Halo"), ("when", ""));

        Assert.DoesNotContain(Text, list, StringComparison.Ordinal);
        Assert.DoesNotContain("Kelas A", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, view.StatusCode);
        Assert.DoesNotContain(Text, await view.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, address.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await budi.GetAsync("/console/pengumuman")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await budi.GetAsync($"/console/pengumuman/{id}")).StatusCode);
        Assert.Equal(AnnouncementStatus.Scheduled, await QueryAsync(host, db => db.Announcements.Select(a => a.Status).SingleAsync()));
        Assert.Equal(1, await QueryAsync(host, db => db.Announcements.CountAsync()));

        using var admin = await SignedInAsync(host, ConsoleStaff.LanAdmin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/console/pengumuman/{id}")).StatusCode);
    }

    /// <summary>The console's people, and a web chat for Andi (Siti has none), so the preview has one channel and one unreachable.</summary>
    private static async Task<(int ClassId, int AndiId)> ArrangeAsync(TestHost host)
    {
        var (classId, _) = await ConsoleStaff.ArrangeAsync(host.Services);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var now = DateTimeOffset.UtcNow;
        var andi = await db.Participants.SingleAsync(p => p.Name == "Andi Pratama");
        db.ChannelIdentities.Add(new ChannelIdentity { Channel = "webchat", ChannelUserId = "andi-web", ConversationId = "andi-web", PersonId = andi.Id, BoundAt = now });
        db.Conversations.Add(new ConversationRecord { Channel = "webchat", ConversationId = "andi-web", StateJson = "{}", UpdatedAt = now });
        await db.SaveChangesAsync();
        return (classId, andi.Id);
    }

    /// <summary>The report table's row for <paramref name="key"/> with <paramref name="count"/> in it.</summary>
    private static string Cell(string key, int count) => $"<tr data-key=\"{key}\"><th scope=\"row\">[^/]*?<span[^>]*>[^<]*</span></th><td class=\"num\">{count}</td>";

    private static async Task<ConsoleClient> SignedInAsync(TestHost host, string nip)
    {
        var client = new ConsoleClient(host.BaseAddress);
        await client.SignInAsync(host.Services, nip);
        return client;
    }

    private static async Task<T> QueryAsync<T>(TestHost host, Func<LatsarDb, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LatsarDb>());
    }
}
