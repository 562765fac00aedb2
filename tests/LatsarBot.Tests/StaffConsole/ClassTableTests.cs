using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Conversations;
using LatsarBot.Mooc;
using LatsarBot.StaffConsole;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.StaffConsole;

/// <summary>The class table's queries on both providers: days logged (not entries), last active (what they sent, not what the bot sent).</summary>
public sealed class ClassTableTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rows_TwoEntriesOnOneDayAndTwoUpdates_OneDayAndTheLaterUpdate(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var bot = await HostHarness.StartAsync(database);
        int classId;
        ConsoleScope organiser;
        await using (var db = bot.NewContext())
        {
            var andi = await db.Participants.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
            var rina = await db.Staff.SingleAsync(s => s.StaffRole == Role.Organiser);
            (classId, organiser) = (andi.ClassId, new ConsoleScope(rina.Id, rina.StaffRole, rina.InstitutionId));
            var activity = new PlannedActivity { Title = "Arsip digital", ExpectedOutput = "Arsip", Values = BerAkhlakValues.Akuntabel };
            db.ActualizationPlans.Add(new ActualizationPlan { ParticipantId = andi.Id, StartDate = new DateOnly(2026, 12, 1), Activities = [activity] });
            await db.SaveChangesAsync();
            db.LogEntries.AddRange(
                new LogEntry { ParticipantId = andi.Id, PlannedActivityId = activity.Id, Date = new DateOnly(2026, 12, 1), DayNumber = 1, WhatWasDone = "Memindai", Values = BerAkhlakValues.Akuntabel },
                new LogEntry { ParticipantId = andi.Id, PlannedActivityId = activity.Id, Date = new DateOnly(2026, 12, 1), DayNumber = 1, WhatWasDone = "Memberi label", Values = BerAkhlakValues.Akuntabel },
                new LogEntry { ParticipantId = andi.Id, PlannedActivityId = activity.Id, Date = new DateOnly(2026, 12, 2), DayNumber = 2, WhatWasDone = "Mengunggah", Values = BerAkhlakValues.Akuntabel });
            db.ChannelIdentities.Add(new ChannelIdentity { Channel = "webchat", ChannelUserId = "andi", ConversationId = "andi-chat", PersonId = andi.Id, BoundAt = Now });
            db.InboundActivities.AddRange(
                new InboundActivity { Channel = "webchat", ActivityId = "1", ConversationId = "andi-chat", ReceivedAt = Now.AddHours(-5) },
                new InboundActivity { Channel = "webchat", ActivityId = "2", ConversationId = "andi-chat", ReceivedAt = Now.AddHours(-1) },
                new InboundActivity { Channel = "webchat", ActivityId = "3", ConversationId = "someone-else", ReceivedAt = Now });
            await db.SaveChangesAsync();
        }

        await using var scope = bot.Services.CreateAsyncScope();
        var rows = await ClassTable.RowsAsync(
            scope.ServiceProvider.GetRequiredService<LatsarDb>(),
            ActivatorUtilities.CreateInstance<Evaluasi1Report>(scope.ServiceProvider),
            organiser, classId, CancellationToken.None);

        var andiRow = Assert.Single(rows, r => r.Mooc.Name == "Andi Pratama");
        Assert.Equal(2, andiRow.ActualizationDays);
        Assert.Equal(Now.AddHours(-1), andiRow.LastActive);
        var siti = Assert.Single(rows, r => r.Mooc.Name == "Siti Rahmawati");
        Assert.Equal(0, siti.ActualizationDays);
        Assert.Null(siti.LastActive);
    }
}
