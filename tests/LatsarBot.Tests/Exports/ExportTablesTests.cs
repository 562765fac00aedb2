using LatsarBot.Core.Actualization;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Conversations;
using LatsarBot.Exports;
using LatsarBot.Mooc;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.Exports;

/// <summary>What the attendance and actualization exports count, on both providers: days not entries, local days, reviewed entries.</summary>
public sealed class ExportTablesTests
{
    // 23:30 WIB on 1 December and 00:30 WIB on 2 December: two local days, one UTC day.
    private static readonly DateTimeOffset LateEvening = new(2026, 12, 1, 16, 30, 0, TimeSpan.Zero);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Build_AndisActualizationAndActivity_CountedByDayInHisZone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var bot = await HostHarness.StartAsync(database, overrides: s => s.AddScoped<Evaluasi1Report>().AddScoped<ExportTables>());
        await using (var db = bot.NewContext())
        {
            var andi = await db.Participants.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
            var coach = await db.Staff.FirstAsync(s => s.StaffRole == Role.Coach);
            var archive = new PlannedActivity { Title = "Arsip digital", ExpectedOutput = "Arsip", Values = BerAkhlakValues.Akuntabel, FinishedAt = LateEvening };
            var sop = new PlannedActivity { Title = "SOP", ExpectedOutput = "SOP", Values = BerAkhlakValues.Kompeten };
            db.ActualizationPlans.Add(new ActualizationPlan { ParticipantId = andi.Id, StartDate = new DateOnly(2026, 12, 1), Activities = [archive, sop] });
            await db.SaveChangesAsync();
            var scanned = new LogEntry
            {
                ParticipantId = andi.Id, PlannedActivityId = archive.Id, Date = new DateOnly(2026, 12, 1), DayNumber = 1, WhatWasDone = "Memindai", Values = BerAkhlakValues.Akuntabel,
                Evidence = [new Evidence { Sha256 = new string('a', 64), ContentType = "image/jpeg", StoragePath = "aa/aaaa" }],
            };
            db.LogEntries.AddRange(
                scanned,
                new LogEntry { ParticipantId = andi.Id, PlannedActivityId = archive.Id, Date = new DateOnly(2026, 12, 1), DayNumber = 1, WhatWasDone = "Memberi label", Values = BerAkhlakValues.Akuntabel },
                new LogEntry { ParticipantId = andi.Id, PlannedActivityId = archive.Id, Date = new DateOnly(2026, 12, 2), DayNumber = 2, WhatWasDone = "Mengunggah", Values = BerAkhlakValues.Akuntabel });
            db.FollowUpPlans.Add(new FollowUpPlan { ParticipantId = andi.Id, Rtl = "Menetapkan SOP\nMelatih rekan" });
            await db.SaveChangesAsync();
            db.EntryReviews.Add(new EntryReview { LogEntryId = scanned.Id, Kind = EntryReviewKind.CoachReviewed, ReviewerId = coach.Id, At = LateEvening });
            db.ChannelIdentities.Add(new ChannelIdentity { Channel = "webchat", ChannelUserId = "andi", ConversationId = "andi-export", PersonId = andi.Id, BoundAt = LateEvening });
            db.InboundActivities.AddRange(
                new InboundActivity { Channel = "webchat", ActivityId = "1", ConversationId = "andi-export", ReceivedAt = LateEvening },
                new InboundActivity { Channel = "webchat", ActivityId = "2", ConversationId = "andi-export", ReceivedAt = LateEvening.AddHours(1) },
                new InboundActivity { Channel = "webchat", ActivityId = "3", ConversationId = "andi-export", ReceivedAt = LateEvening.AddHours(1.5) });
            await db.SaveChangesAsync();
        }

        await using var scope = bot.Services.CreateAsyncScope();
        var tables = scope.ServiceProvider.GetRequiredService<ExportTables>();
        var participants = (await tables.OfCohortAsync("Angkatan I Tahun 2026", "Kelas A", CancellationToken.None))!;
        var actualization = await tables.BuildAsync(ExportKind.Actualization, participants, CancellationToken.None);
        var attendance = await tables.BuildAsync(ExportKind.Attendance, participants, CancellationToken.None);

        var andiActualization = Cells(actualization, DemoPeople.Nip);
        Assert.Equal(
            [new DateOnly(2026, 12, 1), 2, 1, 1, 2, 3, 1, 1, 2],
            andiActualization.Skip(4));
        var andiAttendance = Cells(attendance, DemoPeople.Nip);
        Assert.Equal([2, LateEvening, LateEvening.AddHours(1.5), 2], andiAttendance.Skip(4));
    }

    private static IReadOnlyList<object?> Cells(ExportTable table, string nip) => table.Rows.Single(r => (string?)r[0] == nip);
}
