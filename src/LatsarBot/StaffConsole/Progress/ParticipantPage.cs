using System.Globalization;
using System.Text;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Mooc;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.StaffConsole.ConsoleForms;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole.Progress;

/// <summary>
/// /console/peserta/{participantId}: one participant's record for everyone whose scope holds them (the id is checked
/// by <see cref="ConsoleAccessHandler"/>); their logbook and coaching thread only where <see cref="LogbookAccess"/>
/// allows it: the coach both, the mentor the logbook, organisers and LAN admins neither (they see who is behind, not what was written).
/// </summary>
public static class ParticipantPage
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static RouteGroupBuilder MapConsoleParticipant(this RouteGroupBuilder console)
    {
        console.MapGet($"/peserta/{{{ConsoleAccessHandler.ParticipantId}:int}}", RenderAsync).RequireAuthorization(ConsoleAccess.Policy);
        return console;
    }

    private static async Task<IResult> RenderAsync(int participantId, HttpContext http, LatsarDb db, Evaluasi1Report report, CancellationToken cancellationToken)
    {
        var user = (await ConsoleUser.OfAsync(http, cancellationToken))!;
        var participant = await db.Participants.AsNoTracking().Include(p => p.Class).ThenInclude(c => c!.Cohort)
            .Include(p => p.Coach).Include(p => p.Mentor).SingleAsync(p => p.Id == participantId, cancellationToken);
        var viewer = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == user.StaffId, cancellationToken);
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var row = (await ProgressRow.ForClassAsync(db, report, user.Scope, participant.ClassId, now, cancellationToken)).Single(r => r.Row.ParticipantId == participantId);
        var m = row.Row.Mooc;

        var body = new StringBuilder("<p><a href=\"/console/kelas/").Append(Id(participant.ClassId)).Append("\">").Append(E(participant.Class!.Cohort!.Name)).Append(" / ")
            .Append(E(participant.Class.Name)).Append("</a></p><h2>").Append(Bi("Rekam jejak", "Record")).Append("</h2><dl id=\"rekam\">");
        void Item(string id, string en, string value) => body.Append("<dt>").Append(Bi(id, en)).Append("</dt><dd>").Append(E(value)).Append("</dd>");
        Item("NIP", "NIP", m.Nip);
        Item("NDH", "Roll no.", participant.Ndh?.ToString(CultureInfo.InvariantCulture) ?? "–");
        Item("Instansi", "Agency", participant.Agency ?? "–");
        Item("Coach", "Coach", participant.Coach?.Name ?? "–");
        Item("Mentor", "Mentor", participant.Mentor?.Name ?? "–");
        Item("Trofi", "Trophies", $"{m.Trophies} (K {m.TrophiesK} · S1 {m.TrophiesS1} · S2 {m.TrophiesS2})");
        Item("Bintang", "Stars", m.Stars.ToString("0.#", Indonesian));
        Item("Nilai sikap (MOOC)", "Attitude score", m.AttitudeScore?.ToString("0.00", Indonesian) ?? "–");
        Item("Post test", "Post test", $"{m.PostTestAttempts} percobaan · {(row.PostTestPassed ? "lulus" : "belum lulus")}");
        Item("Nilai akademik", "Academic score", m.AcademicScore?.ToString("0.00", Indonesian) ?? "–");
        Item("Hari aktualisasi tercatat", "Actualization days logged", $"{row.Row.ActualizationDays}/30");
        Item("Balasan coach", "Coach reply", row.ReplyOverdue ? "lewat tenggat" : row.ReplyWaiting ? "menunggu" : "–");
        body.Append("</dl>");

        body.Append("<h2>").Append(Bi("Catatan aktualisasi", "Actualization logbook")).Append("</h2>");
        if (LogbookAccess.Allows(viewer, participant, LogbookAction.Read))
        {
            var entries = await db.LogEntries.AsNoTracking().Where(e => e.ParticipantId == participantId).OrderBy(e => e.DayNumber).ThenBy(e => e.CreatedAt)
                .Select(e => new { e.DayNumber, e.Date, e.WhatWasDone, Activity = e.PlannedActivity!.Title }).ToListAsync(cancellationToken);
            if (entries.Count == 0)
            {
                body.Append("<p class=\"note\">").Append(Bi("Belum ada catatan.", "No entries yet.")).Append("</p>");
            }
            else
            {
                body.Append("<ol id=\"logbook\">");
                foreach (var e in entries)
                {
                    body.Append("<li><strong>").Append(E($"Hari {e.DayNumber} · {e.Date:yyyy-MM-dd} · {e.Activity}")).Append("</strong><br>").Append(E(e.WhatWasDone)).Append("</li>");
                }

                body.Append("</ol>");
            }
        }
        else
        {
            body.Append("<p class=\"note\">").Append(Bi("Catatan aktualisasi hanya dapat dibaca peserta, coach, dan mentornya.", "Only the participant, their coach and their mentor may read the logbook.")).Append("</p>");
        }

        body.Append("<h2>").Append(Bi("Percakapan coaching", "Coaching thread")).Append("</h2>");
        if (LogbookAccess.Allows(viewer, participant, LogbookAction.ReadThread))
        {
            var messages = await db.ThreadMessages.AsNoTracking().Where(t => db.CoachingThreads.Any(c => c.Id == t.ThreadId && c.ParticipantId == participantId))
                .OrderBy(t => t.SentAt).ThenBy(t => t.Id).Select(t => new { t.Author, t.Text, t.SentAt }).ToListAsync(cancellationToken);
            if (messages.Count == 0)
            {
                body.Append("<p class=\"note\">").Append(Bi("Belum ada pesan.", "No messages yet.")).Append("</p>");
            }
            else
            {
                body.Append("<ol id=\"thread\">");
                foreach (var message in messages)
                {
                    var who = message.Author == ThreadAuthor.Coach ? "Coach" : participant.Name;
                    body.Append("<li><strong>").Append(E($"{who} · {user.TimeZone.ToLocal(message.SentAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {user.TimeZone.Label()}"))
                        .Append("</strong><br>").Append(E(message.Text)).Append("</li>");
                }

                body.Append("</ol>");
            }
        }
        else
        {
            body.Append("<p class=\"note\">").Append(Bi("Percakapan coaching hanya antara peserta dan coach-nya.", "The coaching thread is between the participant and their coach only.")).Append("</p>");
        }

        body.Append(PersonalData.PersonalDataEndpoints.Section(http, participant, user));
        return Page(http, participant.Name, "Participant", body.ToString(), user);
    }
}
