using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Tests.Coaching;

/// <summary>
/// The demo people rearranged for coaching: Budi coaches Andi, a second coach (Dewi) coaches Siti, a mentor (Joko)
/// is Andi's direct superior; Andi has one log entry and Siti one. Rina is the demo organiser.
/// </summary>
public sealed record CoachingFixture(int Andi, int Siti, int Budi, int Dewi, int Joko, int Rina, int AndiEntry, int SitiEntry)
{
    public static async Task<CoachingFixture> SetUpAsync(BotHarness bot)
    {
        await using var db = bot.NewContext();
        var people = await db.People.ToDictionaryAsync(p => p.Name);
        var andi = (Participant)people["Andi Pratama"];
        var siti = (Participant)people["Siti Rahmawati"];
        var dewi = new StaffMember { InstitutionId = andi.InstitutionId, Name = "Dewi Lestari, M.Pd.", StaffRole = Role.Coach };
        var joko = new StaffMember { InstitutionId = andi.InstitutionId, Name = "Joko Susilo", StaffRole = Role.Mentor };
        db.Staff.AddRange(dewi, joko);
        await db.SaveChangesAsync();
        siti.CoachId = dewi.Id;
        andi.MentorId = joko.Id;
        var andiEntry = Entry(andi.Id, "Menyusun SOP arsip digital");
        var sitiEntry = Entry(siti.Id, "Sosialisasi layanan daring");
        db.ActualizationPlans.AddRange(
            new ActualizationPlan { ParticipantId = andi.Id, StartDate = new DateOnly(2026, 3, 2), Activities = [andiEntry.PlannedActivity!] },
            new ActualizationPlan { ParticipantId = siti.Id, StartDate = new DateOnly(2026, 3, 2), Activities = [sitiEntry.PlannedActivity!] });
        db.LogEntries.AddRange(andiEntry, sitiEntry);
        await db.SaveChangesAsync();
        return new CoachingFixture(andi.Id, siti.Id, people["Dr. Budi Santoso, M.Si."].Id, dewi.Id, joko.Id, people["Rina Wulandari, S.Sos."].Id, andiEntry.Id, sitiEntry.Id);
    }

    /// <summary>A chat bound to <paramref name="personId"/>, as if they had logged in.</summary>
    public static async Task<TestFlow> ChatAsync(BotHarness bot, int personId, string channel = "test")
    {
        var flow = await DemoPeople.BoundAsync(bot, personId, channel);
        await flow.SendAsync("/menu");
        flow.TakeAll();
        return flow;
    }

    private static LogEntry Entry(int participantId, string title) => new()
    {
        ParticipantId = participantId,
        Date = new DateOnly(2026, 3, 2),
        DayNumber = 1,
        PlannedActivity = new PlannedActivity { Title = title, ExpectedOutput = "Dokumen", Values = BerAkhlakValues.Akuntabel },
        WhatWasDone = "Mengumpulkan contoh " + title.ToLowerInvariant(),
        Values = BerAkhlakValues.Akuntabel,
    };
}
