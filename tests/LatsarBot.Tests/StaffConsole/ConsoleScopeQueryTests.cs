using LatsarBot.Bot.Messages;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Mooc;
using LatsarBot.StaffConsole;
using LatsarBot.StaffConsole.Announcements;
using LatsarBot.StaffConsole.Charts;
using LatsarBot.StaffConsole.Progress;
using LatsarBot.Testing;
using LatsarBot.Testing.StaffConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.StaffConsole;

/// <summary>
/// The console's scope queries and chart counts on both providers: the subqueries of <see cref="ConsoleAccess"/> for every
/// role, and the grouped queries behind the progress rows and charts, as SQLite and PostgreSQL each translate them.
/// </summary>
public sealed class ConsoleScopeQueryTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Scope_EachRole_TheParticipantsClassesAndAudiencesItMay(DatabaseProvider provider)
    {
        // The host owns the database and disposes it with itself.
        await using var host = await TestHost.StartAsync(await TestDatabase.CreateAsync(provider));
        await ConsoleStaff.ArrangeAsync(host.Services);
        await ConsoleStaff.ArrangeRecordsAsync(host.Services);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        async Task<ConsoleScope> ScopeOf(string nip) =>
            await db.Staff.Where(s => s.Nip == Nip.FromTrusted(nip)).Select(s => new ConsoleScope(s.Id, s.StaffRole, s.InstitutionId)).SingleAsync();
        async Task<string> Seen(string nip)
        {
            var s = await ScopeOf(nip);
            var people = await ConsoleAccess.Participants(db, s).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync();
            var classes = await ConsoleAccess.Classes(db, s).OrderBy(c => c.Name).Select(c => c.Name).ToListAsync();
            return string.Join(",", people) + " | " + string.Join(",", classes);
        }

        Assert.Equal("Andi Pratama,Siti Rahmawati,Wayan Lain Sekali | Kelas A,Kelas B1", await Seen(ConsoleStaff.LanAdmin));
        Assert.Equal("Andi Pratama,Siti Rahmawati | Kelas A", await Seen(ConsoleStaff.Organiser));
        Assert.Equal("Andi Pratama,Siti Rahmawati | Kelas A", await Seen(ConsoleStaff.Coach));
        Assert.Equal(" | ", await Seen(ConsoleStaff.CoachWithNobody));
        Assert.Equal("Andi Pratama,Siti Rahmawati | Kelas A", await Seen(ConsoleStaff.Facilitator));
        Assert.Equal(" | ", await Seen(ConsoleStaff.FacilitatorWithNoClass));
        Assert.Equal("Andi Pratama,Siti Rahmawati | Kelas A", await Seen(ConsoleStaff.Examiner));
        Assert.Equal("Andi Pratama | Kelas A", await Seen(ConsoleStaff.Mentor));
        Assert.Equal("Wayan Lain Sekali | Kelas B1", await Seen(ConsoleStaff.OtherCoach));

        var organiser = await ScopeOf(ConsoleStaff.Organiser);
        Assert.Equal(["BPSDM Demo LatsarBot: semua peserta dan staf", "BPSDM Demo LatsarBot: Semua peserta", "BPSDM Demo LatsarBot: Semua coach", "BPSDM Demo LatsarBot: Semua mentor", "Angkatan I Tahun 2026", "Angkatan I Tahun 2026 / Kelas A"],
            (await ConsoleAudience.ChoicesAsync(db, organiser, Messages(scope), CancellationToken.None)).Select(c => c.Label));
        Assert.Empty(await ConsoleAudience.ChoicesAsync(db, await ScopeOf(ConsoleStaff.Coach), Messages(scope), CancellationToken.None));
        Assert.Equal(3, (await ConsoleAudience.ChoicesAsync(db, await ScopeOf(ConsoleStaff.LanAdmin), Messages(scope), CancellationToken.None)).Count(c => c.Value.StartsWith("i:", StringComparison.Ordinal)));

        var classId = await db.Classes.Where(c => c.Name == "Kelas A").Select(c => c.Id).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        var rows = await ProgressRow.ForClassAsync(db, ActivatorUtilities.CreateInstance<Evaluasi1Report>(scope.ServiceProvider), organiser, classId, now, CancellationToken.None);
        Assert.Equal([true, false], rows.OrderBy(r => r.Row.Mooc.Name).Select(r => r.ReplyWaiting));
        Assert.Equal(1, (await ClassCharts.LoggingPerDayAsync(db, rows, CancellationToken.None))[0].Count);
        Assert.Equal(1, (await ClassCharts.ReplyTimesAsync(db, rows, 2, new HashSet<DateOnly>(), now, CancellationToken.None)).Single(b => b.Label == "Menunggu, belum tenggat").Count);
    }

    private static MessageCatalog Messages(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<MessageCatalog>();
}
