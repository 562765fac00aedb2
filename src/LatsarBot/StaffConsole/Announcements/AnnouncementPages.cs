using System.Globalization;
using System.Text;
using LatsarBot.Announcements;
using LatsarBot.Bot.Channels;
using LatsarBot.Bot.Messages;
using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Data;
using LatsarBot.Data.Announcements;
using LatsarBot.Data.Audit;
using LatsarBot.StaffConsole.Audit;
using LatsarBot.Dialogs.Announcements;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.StaffConsole.ConsoleForms;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole.Announcements;

/// <summary>
/// /console/pengumuman: announcements from the console, on the chat's model (one implementation): the same draft from
/// the same audience pick, the same preview (<see cref="AnnouncementView"/> over <see cref="AnnouncementAudience.ShapeAsync"/>:
/// recipients per channel, each channel's time at its rate, quiet hours, unreachable), the same row that
/// <see cref="AnnouncementService"/> fans out or schedules, the same cancel (<see cref="AnnouncementCancel"/>) and report
/// (<see cref="AnnouncementReports"/>). Organisers (their institution) and LAN admins only.
/// </summary>
public static class AnnouncementPages
{
    /// <summary>How often the report page reloads itself while messages are still going out (a Refresh header: no script).</summary>
    public const int RefreshSeconds = 3;

    public static RouteGroupBuilder MapConsoleAnnouncements(this RouteGroupBuilder console)
    {
        var group = console.MapGroup("/pengumuman").RequireAuthorization(ConsoleAccess.Policy).RequireAntiforgeryOnPost();
        group.MapGet("", ListAsync);
        group.MapPost("/pratinjau", PreviewAsync);
        group.MapPost("", SendAsync);
        var one = $"/{{{ConsoleAccessHandler.AnnouncementId}:int}}";
        group.MapGet(one, ReportAsync);
        group.MapPost(one + "/batal", CancelAsync);
        return console;
    }

    private sealed record Draft(ConsoleAudience Audience, string Text, DateTimeOffset? At, string WhenText);

    private static async Task<IResult> ListAsync(HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        if (await ManagerAsync(http, cancellationToken) is not { } user)
        {
            return Results.Forbid();
        }

        var choices = await ConsoleAudience.ChoicesAsync(db, user.Scope, http.RequestServices.GetRequiredService<MessageCatalog>(), cancellationToken);
        var recent = await ConsoleAccess.Announcements(db, user.Scope).AsNoTracking().OrderByDescending(a => a.Id).Take(50).ToListAsync(cancellationToken);
        var messages = http.RequestServices.GetRequiredService<MessageCatalog>();
        var body = new StringBuilder("<h2>").Append(Bi("Pengumuman baru", "New announcement")).Append("</h2>")
            .Append(ComposeForm(http, choices, null, "", ""));
        body.Append("<h2>").Append(Bi("Pengumuman terakhir", "Recent announcements")).Append("</h2>");
        if (recent.Count == 0)
        {
            body.Append("<p class=\"note\">").Append(Bi("Belum ada pengumuman.", "No announcements yet.")).Append("</p>");
        }
        else
        {
            body.Append("<div class=\"table-wrap\"><table id=\"pengumuman\"><thead><tr><th scope=\"col\">#</th><th scope=\"col\">").Append(Bi("Sasaran", "Audience"))
                .Append("</th><th scope=\"col\">").Append(Bi("Status", "Status")).Append("</th><th scope=\"col\">").Append(Bi("Teks", "Text")).Append("</th></tr></thead><tbody>");
            foreach (var a in recent)
            {
                var preview = a.Text.Length > 60 ? a.Text[..60] + "…" : a.Text;
                body.Append("<tr><td><a href=\"/console/pengumuman/").Append(Id(a.Id)).Append("\">#").Append(Id(a.Id)).Append("</a></td><td>").Append(E(a.AudienceLabel))
                    .Append("</td><td>").Append(E(Plain(AnnouncementView.Status(messages, Language.Id, a, user.TimeZone)))).Append("</td><td>").Append(E(preview)).Append("</td></tr>");
            }

            body.Append("</tbody></table></div>");
        }

        return Page(http, "Pengumuman", "Announcements", body.ToString(), user);
    }

    private static string ComposeForm(HttpContext http, IReadOnlyList<ConsoleAudience> choices, string? audience, string text, string when)
    {
        var maxLength = AnnouncementView.MaxTextLengthFor(http.RequestServices.GetRequiredService<ChannelDirectory>());
        var select = new StringBuilder("<label for=\"audience\">").Append(Bi("Sasaran", "Audience")).Append("</label><select id=\"audience\" name=\"audience\" required>");
        foreach (var choice in choices)
        {
            select.Append("<option value=\"").Append(E(choice.Value)).Append('"').Append(choice.Value == audience ? " selected" : "").Append('>').Append(E(choice.Label)).Append("</option>");
        }

        select.Append("</select><label for=\"text\">").Append(Bi("Teks pengumuman", "Text")).Append("</label><textarea id=\"text\" name=\"text\" required maxlength=\"")
            .Append(maxLength).Append("\">").Append(E(text)).Append("</textarea><label for=\"when\">").Append(Bi("Jadwal kirim (kosongkan untuk sekarang)", "Send at (empty: now)"))
            .Append("</label><input id=\"when\" name=\"when\" type=\"datetime-local\" value=\"").Append(E(when)).Append("\"><p>").Append(Button("Pratinjau", "Preview")).Append("</p>");
        return choices.Count == 0
            ? "<p class=\"note\">" + Bi("Belum ada lembaga untuk diumumkan.", "No institution to announce to.") + "</p>"
            : Form(http, "/console/pengumuman/pratinjau", select.ToString());
    }

    /// <summary>Reads and checks the form; the problem (bilingual HTML) when it cannot be sent.</summary>
    private static async Task<(Draft? Draft, string? Problem)> ReadAsync(HttpContext http, LatsarDb db, ConsoleUser user, string? audience, string? text, string? when, CancellationToken cancellationToken)
    {
        var choices = await ConsoleAudience.ChoicesAsync(db, user.Scope, http.RequestServices.GetRequiredService<MessageCatalog>(), cancellationToken);
        var picked = choices.FirstOrDefault(c => c.Value == audience);
        var trimmed = (text ?? "").Trim();
        var maxLength = AnnouncementView.MaxTextLengthFor(http.RequestServices.GetRequiredService<ChannelDirectory>());
        var whenText = (when ?? "").Trim();
        DateTimeOffset? at = null;
        if (whenText.Length > 0)
        {
            at = AnnouncementView.ParseWhen(whenText.Replace('T', ' '), user.TimeZone);
            if (at is null)
            {
                return (null, Bi("Jadwal tidak terbaca; pakai tanggal dan jam.", "The time cannot be read; give a date and time."));
            }

            if (!Announcement.CanScheduleFor(at.Value, http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()))
            {
                return (null, Bi("Jadwal itu sudah lewat.", "That time has passed."));
            }
        }

        return picked is null ? (null, Bi("Pilih sasaran pengumuman.", "Choose an audience."))
            : trimmed.Length == 0 ? (null, Bi("Teks pengumuman wajib diisi.", "The text is required."))
            : trimmed.Length > maxLength ? (null, Bi($"Teks paling banyak {maxLength} karakter (sekarang {trimmed.Length}).", $"At most {maxLength} characters."))
            : (new Draft(picked, trimmed, at, whenText), null);
    }

    private static async Task<Announcement> DraftAsync(LatsarDb db, ConsoleUser user, Draft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var author = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == user.StaffId, cancellationToken);
        var announcement = draft.Audience.Pick.Draft(author, draft.Text, now);

        // A LAN admin speaks to the institution they picked; an organiser's pick is always their own.
        announcement.InstitutionId = draft.Audience.InstitutionId;
        return announcement;
    }

    private static async Task<IResult> PreviewAsync([FromForm] string? audience, [FromForm] string? text, [FromForm] string? when, HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        if (await ManagerAsync(http, cancellationToken) is not { } user)
        {
            return Results.Forbid();
        }

        var choices = await ConsoleAudience.ChoicesAsync(db, user.Scope, http.RequestServices.GetRequiredService<MessageCatalog>(), cancellationToken);
        var (draft, problem) = await ReadAsync(http, db, user, audience, text, when, cancellationToken);
        if (draft is null)
        {
            return Page(http, "Pengumuman", "Announcement", Error(problem) + ComposeForm(http, choices, audience, text ?? "", when ?? ""), user, StatusCodes.Status400BadRequest);
        }

        var services = http.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var announcement = await DraftAsync(db, user, draft, now, cancellationToken);
        var shape = await AnnouncementAudience.ShapeAsync(db, announcement, now, services.GetRequiredService<QuietHours>(), cancellationToken);
        var messages = services.GetRequiredService<MessageCatalog>();
        var rates = services.GetRequiredService<ChannelRates>();
        var channels = services.GetRequiredService<ChannelDirectory>();
        var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == announcement.InstitutionId).Select(i => i.Name).SingleAsync(cancellationToken);

        var body = new StringBuilder("<h2>").Append(Bi("Pratinjau pesan", "Message preview")).Append("</h2><div class=\"preview\" id=\"pratinjau\">")
            .Append(E(Plain(AnnouncementView.Message(messages, Language.Id, institution, draft.Text).Text))).Append("</div>")
            .Append("<h2>").Append(Bi("Penerima dan rencana kapasitas", "Recipients and capacity plan")).Append("</h2>")
            .Append("<p id=\"ringkasan\">").Append(E(Plain(AnnouncementView.Summary(messages, Language.Id, shape, rates, channels)))).Append("</p>")
            .Append("<p class=\"en\" lang=\"en\">").Append(E(Plain(AnnouncementView.Summary(messages, Language.En, shape, rates, channels)))).Append("</p>");
        AppendCapacity(body, shape, rates, channels, draft.At, user.TimeZone);
        if (shape.Total > 0)
        {
            var confirm = new StringBuilder()
                .Append("<input type=\"hidden\" name=\"audience\" value=\"").Append(E(draft.Audience.Value)).Append("\">")
                .Append("<input type=\"hidden\" name=\"text\" value=\"").Append(E(draft.Text)).Append("\">")
                .Append("<input type=\"hidden\" name=\"when\" value=\"").Append(E(draft.WhenText)).Append("\"><p>")
                .Append(draft.At is { } at
                    ? Button($"Jadwalkan {AnnouncementView.When(at, user.TimeZone, Language.Id)}", "Schedule")
                    : Button($"Kirim sekarang ke {shape.Total} penerima", "Send now"))
                .Append("</p>");
            body.Append(Form(http, "/console/pengumuman", confirm.ToString()));
        }

        body.Append("<h2>").Append(Bi("Ubah", "Edit")).Append("</h2>").Append(ComposeForm(http, choices, draft.Audience.Value, draft.Text, draft.WhenText));
        return Page(http, "Pratinjau pengumuman", "Announcement preview", body.ToString(), user);
    }

    /// <summary>The capacity plan as a table: each channel's recipients, its sustained rate and the time that takes; the slowest decides.</summary>
    private static void AppendCapacity(StringBuilder body, AudienceShape shape, ChannelRates rates, ChannelDirectory channels, DateTimeOffset? at, TimeZoneCode zone)
    {
        body.Append("<div class=\"table-wrap\"><table id=\"kapasitas\"><thead><tr><th scope=\"col\">").Append(Bi("Kanal", "Channel")).Append("</th><th scope=\"col\" class=\"num\">")
            .Append(Bi("Penerima", "Recipients")).Append("</th><th scope=\"col\" class=\"num\">").Append(Bi("Laju (pesan/detik)", "Rate (messages/s)")).Append("</th><th scope=\"col\" class=\"num\">")
            .Append(Bi("Perkiraan waktu", "Estimated time")).Append("</th></tr></thead><tbody>");
        foreach (var (channel, count) in shape.PerChannel.OrderByDescending(c => c.Value))
        {
            var rate = rates.MessagesPerSecond.TryGetValue(channel, out var r) && r > 0 ? r : (double?)null;
            var time = DeliveryEstimate.Of(new Dictionary<string, int> { [channel] = count }, rates.MessagesPerSecond);
            body.Append("<tr data-channel=\"").Append(E(channel)).Append("\"><th scope=\"row\">").Append(E(channels.DisplayName(channel))).Append("</th><td class=\"num\">")
                .Append(count.ToString(CultureInfo.InvariantCulture)).Append("</td><td class=\"num\">")
                .Append(rate?.ToString("0.##", CultureInfo.InvariantCulture) ?? Bi("tanpa batas", "unlimited")).Append("</td><td class=\"num\">")
                .Append(time.TotalSeconds < 1 ? "< 1 s" : $"{(int)time.TotalMinutes} min {time.Seconds} s").Append("</td></tr>");
        }

        body.Append("<tr><th scope=\"row\">").Append(Bi("Tanpa chat terjangkau", "No reachable chat")).Append("</th><td class=\"num\">").Append(shape.Unreachable.ToString(CultureInfo.InvariantCulture))
            .Append("</td><td></td><td></td></tr></tbody></table></div><p class=\"note\">")
            .Append(Bi($"{shape.InQuietHours} penerima sedang dalam jam tenang; pesan mereka menunggu pagi.", $"{shape.InQuietHours} recipients are in quiet hours now; theirs wait for the morning."));
        if (at is { } when)
        {
            body.Append(' ').Append(Bi($"Dijadwalkan {AnnouncementView.When(when, zone, Language.Id)}.", "Scheduled."));
        }

        body.Append("</p>");
    }

    private static async Task<IResult> SendAsync([FromForm] string? audience, [FromForm] string? text, [FromForm] string? when, HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        if (await ManagerAsync(http, cancellationToken) is not { } user)
        {
            return Results.Forbid();
        }

        var (draft, problem) = await ReadAsync(http, db, user, audience, text, when, cancellationToken);
        if (draft is null)
        {
            var choices = await ConsoleAudience.ChoicesAsync(db, user.Scope, http.RequestServices.GetRequiredService<MessageCatalog>(), cancellationToken);
            return Page(http, "Pengumuman", "Announcement", Error(problem) + ComposeForm(http, choices, audience, text ?? "", when ?? ""), user, StatusCodes.Status400BadRequest);
        }

        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var announcement = await DraftAsync(db, user, draft, now, cancellationToken);
        if (draft.At is { } at)
        {
            announcement.Schedule(at, now);
        }
        else
        {
            announcement.SendNow();
        }

        // As the chat does: the row is the decision; the host's AnnouncementService fans it out or sets its trigger.
        await using (await http.RequestServices.GetRequiredService<SqliteWriteGate>().EnterAsync(db, cancellationToken))
        {
            // One transaction, two saves: the entry names the announcement by its id, which the first save gives it.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Announcements.Add(announcement);
            await db.SaveChangesAsync(cancellationToken);
            ConsoleAudit.Record(http, db, user, AuditActions.AnnouncementCreate, $"announcement {announcement.Id}: {announcement.AudienceLabel}",
                draft.At is { } scheduledAt ? $"scheduled {scheduledAt:u}: {draft.Text}" : $"now: {draft.Text}", announcement.InstitutionId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        http.RequestServices.GetService<Bot.Outbox.OutboxSignal>()?.Notify();
        return Results.Redirect($"/console/pengumuman/{Id(announcement.Id)}");
    }

    private static async Task<IResult> ReportAsync(int announcementId, HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        if (await ManagerAsync(http, cancellationToken) is not { } user)
        {
            return Results.Forbid();
        }

        var announcement = await db.Announcements.AsNoTracking().SingleAsync(a => a.Id == announcementId, cancellationToken);
        var report = await AnnouncementReports.ReportAsync(db, announcement, cancellationToken);
        var messages = http.RequestServices.GetRequiredService<MessageCatalog>();
        var body = new StringBuilder("<p>").Append(Bi("Sasaran", "Audience")).Append(": ").Append(E(announcement.AudienceLabel)).Append("</p><p id=\"status\">")
            .Append(E(Plain(AnnouncementView.Status(messages, Language.Id, announcement, user.TimeZone)))).Append("</p><div class=\"preview\">").Append(E(announcement.Text)).Append("</div>")
            .Append("<div class=\"table-wrap\"><table id=\"laporan\"><tbody>");
        void Row(string id, string en, int value, string key) =>
            body.Append("<tr data-key=\"").Append(key).Append("\"><th scope=\"row\">").Append(Bi(id, en)).Append("</th><td class=\"num\">").Append(value.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
        Row("Penerima", "Recipients", report.Recipients, "recipients");
        Row("Masuk antrean", "Queued", report.Queued, "queued");
        Row("Terkirim", "Sent", report.Sent, "sent");
        Row("Menunggu", "Pending", report.Pending, "pending");
        Row("Gagal", "Failed", report.Failed, "failed");
        Row("Tak terjangkau", "Unreachable", report.Unreachable, "unreachable");
        Row("Dibatalkan", "Cancelled", report.Cancelled, "cancelled");
        body.Append("</tbody></table></div>");
        if (report.Failures.Count > 0)
        {
            body.Append("<h2>").Append(Bi("Alasan gagal", "Failure reasons")).Append("</h2><ul>");
            foreach (var failure in report.Failures)
            {
                body.Append("<li>").Append(E($"{failure.Count} × {failure.Reason}")).Append("</li>");
            }

            body.Append("</ul>");
        }

        if (announcement.IsWithdrawable)
        {
            body.Append(Form(http, $"/console/pengumuman/{Id(announcementId)}/batal", Button("Batalkan pengumuman", "Cancel announcement")));
        }

        // Going out: the page reloads itself (a Refresh header, so no script) until every message has an outcome. A
        // scheduled one waits, so its page does not.
        if (!announcement.HasEnded && announcement.Status != AnnouncementStatus.Scheduled)
        {
            http.Response.Headers["Refresh"] = RefreshSeconds.ToString(CultureInfo.InvariantCulture);
            body.Append("<p class=\"note\">").Append(Bi($"Halaman ini diperbarui tiap {RefreshSeconds} detik.", $"This page refreshes every {RefreshSeconds} seconds.")).Append("</p>");
        }

        body.Append("<p><a href=\"/console/pengumuman\">").Append(Bi("Semua pengumuman", "All announcements")).Append("</a></p>");
        return Page(http, $"Laporan pengumuman #{Id(announcementId)}", "Delivery report", body.ToString(), user);
    }

    private static async Task<IResult> CancelAsync(int announcementId, HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        if (await ManagerAsync(http, cancellationToken) is not { } user)
        {
            return Results.Forbid();
        }

        var services = http.RequestServices;
        var withdrawn = await AnnouncementCancel.TryAsync(
            db, services.GetRequiredService<SqliteWriteGate>(), announcementId, ConsoleAudit.Now(http), ConsoleAudit.Actor(user), ConsoleAudit.Origin(http), cancellationToken);
        if (withdrawn is not null)
        {
            await AnnouncementJob.UnscheduleAsync(services, announcementId, cancellationToken);
        }

        return Results.Redirect($"/console/pengumuman/{Id(announcementId)}");
    }

    /// <summary>Chat formatting (bold asterisks) taken out for the page.</summary>
    private static string Plain(string text) => text.Replace("*", "", StringComparison.Ordinal);
}
