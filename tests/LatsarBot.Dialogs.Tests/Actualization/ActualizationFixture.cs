using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Tests.Actualization;

/// <summary>A plan for the demo participant (Andi, WIB) put straight in the database: a start date and one planned activity.</summary>
public static class ActualizationFixture
{
    public static async Task<int> PlanAsync(BotHarness bot, DateOnly? start, string title = "Digitalisasi arsip surat masuk")
    {
        await using var db = bot.NewContext();
        var participant = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
        var activity = new PlannedActivity { Title = title, ExpectedOutput = "Arsip digital", Values = BerAkhlakValues.Akuntabel, CreatedAt = bot.Time.GetUtcNow() };
        db.ActualizationPlans.Add(new ActualizationPlan { ParticipantId = participant.Id, StartDate = start, Activities = [activity] });
        await db.SaveChangesAsync();
        return activity.Id;
    }

    /// <summary>The demo participant's local date in the harness (WIB).</summary>
    public static DateOnly Today(BotHarness bot) => ActualizationSchedule.Today(Core.Participants.TimeZoneCode.Wib, bot.Time.GetUtcNow());
}
