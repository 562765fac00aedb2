using System.Text;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.StaffConsole.Audit;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.StaffConsole.ConsoleForms;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole.Cohorts;

/// <summary>
/// /console/kelas/{classId}/kode: the class's enrolment codes. Only a code's hash is stored (it is a password), so a
/// code can be shown once only: issuing (or reissuing, which replaces the old one) answers with the printable sheet of
/// the new codes. Revoking withdraws outstanding codes. For organisers and LAN admins.
/// </summary>
public static class EnrolmentCodeEndpoints
{
    public const string Selected = "p";

    public static RouteGroupBuilder MapConsoleEnrolmentCodes(this RouteGroupBuilder console)
    {
        var codes = console.MapGroup($"/kelas/{{{ConsoleAccessHandler.ClassId}:int}}/kode").RequireAuthorization(ConsoleAccess.Policy).RequireAntiforgeryOnPost();
        codes.MapGet("", PageAsync);
        codes.MapPost("", IssueAsync);
        codes.MapPost("/cabut", RevokeAsync);
        return console;
    }

    private sealed record Line(int Id, int? Ndh, string Name, string? Nip, bool Bound, bool Outstanding, DateTimeOffset? LockedUntil);

    private static Task<List<Line>> LinesAsync(LatsarDb db, ConsoleUser user, int classId, CancellationToken cancellationToken) =>
        ConsoleAccess.Participants(db, user.Scope).AsNoTracking().Where(p => p.ClassId == classId).OrderBy(p => p.Ndh).ThenBy(p => p.Name)
            .Select(p => new Line(p.Id, p.Ndh, p.Name, p.Nip == null ? null : p.Nip.Value.Value, db.ChannelIdentities.Any(i => i.PersonId == p.Id),
                p.EnrolmentCodeHash != null, p.LockedUntil))
            .ToListAsync(cancellationToken);

    private static async Task<IResult> PageAsync(int classId, HttpContext http, LatsarDb db, CancellationToken cancellationToken) =>
        await ManagerAsync(http, cancellationToken) is { } user
            ? await ViewAsync(http, db, user, classId, null, StatusCodes.Status200OK, cancellationToken)
            : Results.Forbid();

    private static async Task<IResult> ViewAsync(HttpContext http, LatsarDb db, ConsoleUser user, int classId, string? error, int status, CancellationToken cancellationToken)
    {
        var kelas = await db.Classes.AsNoTracking().Where(c => c.Id == classId).Select(c => new { c.Name, Cohort = c.Cohort!.Name }).SingleAsync(cancellationToken);
        var lines = await LinesAsync(db, user, classId, cancellationToken);
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();

        var body = new StringBuilder("<p>").Append(E(kelas.Cohort)).Append(" · <a href=\"/console/kelas/").Append(Id(classId)).Append("/atur\">")
            .Append(Bi("Kelola kelas", "Manage class")).Append("</a></p><p class=\"note\">")
            .Append(Bi("Kode hanya ditampilkan sekali, di lembar cetak saat diterbitkan. Menerbitkan ulang mengganti kode lama.",
                "A code is shown once only, on the print sheet when it is issued. Reissuing replaces the old code.")).Append("</p>")
            .Append(Error(error));
        var table = new StringBuilder("<div class=\"table-wrap\"><table id=\"kode\"><thead><tr><th scope=\"col\">").Append(Bi("Pilih", "Select"))
            .Append("</th><th scope=\"col\" class=\"num\">NDH</th><th scope=\"col\">").Append(Bi("Nama", "Name")).Append("</th><th scope=\"col\">NIP</th><th scope=\"col\">")
            .Append(Bi("Status", "Status")).Append("</th></tr></thead><tbody>");
        foreach (var line in lines)
        {
            var state = line.Nip is null ? Bi("Tanpa NIP", "No NIP")
                : line.LockedUntil > now ? Bi("Terkunci (terlalu sering salah)", "Locked (too many wrong tries)")
                : line.Outstanding ? Bi("Kode belum dipakai", "Code not used yet")
                : line.Bound ? Bi("Chat terhubung", "Chat bound")
                : Bi("Tanpa kode", "No code");
            var box = line.Nip is null ? "" : $"<input type=\"checkbox\" id=\"p{Id(line.Id)}\" name=\"{Selected}\" value=\"{Id(line.Id)}\"{(line.Bound ? "" : " checked")}>";
            table.Append("<tr><td>").Append(box).Append("</td><td class=\"num\">").Append(line.Ndh?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–")
                .Append("</td><td><label class=\"inline\" for=\"p").Append(Id(line.Id)).Append("\">").Append(E(line.Name)).Append("</label></td><td>")
                .Append(E(line.Nip ?? "–")).Append("</td><td>").Append(state).Append("</td></tr>");
        }

        table.Append("</tbody></table></div><p class=\"actions\">").Append(Button("Terbitkan kode & cetak", "Issue codes & print"))
            .Append(" <button type=\"submit\" formaction=\"/console/kelas/").Append(Id(classId)).Append("/kode/cabut\" class=\"secondary\">")
            .Append(Bi("Cabut kode", "Revoke codes")).Append("</button></p>");
        body.Append(lines.Count == 0
            ? "<p class=\"note\">" + Bi("Kelas ini belum punya peserta.", "This class has no participants yet.") + "</p>"
            : Form(http, $"/console/kelas/{Id(classId)}/kode", table.ToString()));
        return Page(http, $"Kode pendaftaran {kelas.Name}", "Enrolment codes", body.ToString(), user, status);
    }

    /// <summary>The selected participants of the class in scope, tracked; ids from elsewhere are ignored as if not sent.</summary>
    private static async Task<List<Participant>?> SelectedAsync(HttpContext http, LatsarDb db, ConsoleUser user, int classId, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var ids = new List<int>();
        foreach (var value in form[Selected])
        {
            if (!int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                return null;
            }

            ids.Add(id);
        }

        return await ConsoleAccess.Participants(db, user.Scope).Where(p => p.ClassId == classId && ids.Contains(p.Id) && p.Nip != null)
            .OrderBy(p => p.Ndh).ThenBy(p => p.Name).ToListAsync(cancellationToken);
    }

    private static async Task<IResult> IssueAsync(int classId, HttpContext http, LatsarDb db, CodeHasher hasher, CancellationToken cancellationToken)
    {
        if (await ManagerAsync(http, cancellationToken) is not { } user)
        {
            return Results.Forbid();
        }

        if (await SelectedAsync(http, db, user, classId, cancellationToken) is not { } chosen)
        {
            return Results.BadRequest();
        }

        if (chosen.Count == 0)
        {
            return await ViewAsync(http, db, user, classId, Bi("Pilih sedikitnya satu peserta.", "Select at least one participant."), StatusCodes.Status400BadRequest, cancellationToken);
        }

        var codes = chosen.Select(p => (Participant: p, Code: EnrolmentCode.IssueTo(p, hasher))).ToList();
        var kelas = await db.Classes.AsNoTracking().Where(c => c.Id == classId)
            .Select(c => new { c.Name, Cohort = c.Cohort!.Name, c.Cohort.InstitutionId, Institution = c.Cohort.Institution!.Name }).SingleAsync(cancellationToken);
        // Who received a code, never the code: it is a password, and the log is read by more people than the sheet.
        ConsoleAudit.Record(http, db, user, AuditActions.CodeIssue, $"{kelas.Name} · {kelas.Cohort}", Recipients(codes.Count, "issued", chosen), kelas.InstitutionId);
        await SaveAsync(http, db, cancellationToken);

        var sheet = new StringBuilder("<p class=\"no-print\">")
            .Append(Bi($"{codes.Count} kode baru diterbitkan. Cetak halaman ini sekarang: kode tidak dapat ditampilkan lagi.",
                $"{codes.Count} new codes issued. Print this page now: the codes cannot be shown again.")).Append(" <a href=\"/console/kelas/")
            .Append(Id(classId)).Append("/kode\">").Append(Bi("Kembali", "Back")).Append("</a></p><ul class=\"code-sheet\" id=\"lembar-kode\">");
        foreach (var (participant, code) in codes)
        {
            sheet.Append("<li class=\"code-card\"><p class=\"card-head\">").Append(E(kelas.Institution)).Append(" · ").Append(E(kelas.Cohort)).Append(" · ").Append(E(kelas.Name))
                .Append("</p><p class=\"card-name\">").Append(E(participant.Name)).Append(participant.Ndh is { } ndh ? $" (NDH {ndh})" : "")
                .Append("</p><p>NIP ").Append(E(participant.Nip!.Value.Value)).Append("</p><p class=\"card-code\">")
                .Append(Bi("Kode", "Code")).Append(": <strong>").Append(E(code)).Append("</strong></p><p class=\"card-how\">")
                .Append(Bi("Buka LatsarBot di chat, kirim NIP Anda, lalu kode ini. Sekali pakai.", "Open LatsarBot in a chat, send your NIP, then this code. One use only."))
                .Append("</p></li>");
        }

        sheet.Append("</ul>");
        return Page(http, $"Lembar kode {kelas.Name}", "Enrolment code sheet", sheet.ToString(), user);
    }

    private static async Task<IResult> RevokeAsync(int classId, HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        if (await ManagerAsync(http, cancellationToken) is not { } user)
        {
            return Results.Forbid();
        }

        if (await SelectedAsync(http, db, user, classId, cancellationToken) is not { } chosen)
        {
            return Results.BadRequest();
        }

        foreach (var participant in chosen)
        {
            EnrolmentCode.Revoke(participant);
        }

        if (chosen.Count > 0)
        {
            var kelas = await db.Classes.AsNoTracking().Where(c => c.Id == classId).Select(c => new { c.Name, Cohort = c.Cohort!.Name, c.Cohort.InstitutionId }).SingleAsync(cancellationToken);
            ConsoleAudit.Record(http, db, user, AuditActions.CodeRevoke, $"{kelas.Name} · {kelas.Cohort}", Recipients(chosen.Count, "revoked", chosen), kelas.InstitutionId);
        }

        await SaveAsync(http, db, cancellationToken);
        return Results.Redirect($"/console/kelas/{Id(classId)}/kode");
    }

    private static string Recipients(int count, string verb, IEnumerable<Participant> people) =>
        $"{count} codes {verb}: " + string.Join(", ", people.Select(p => ConsoleAudit.Person(p.Name, p.Nip?.Value)));
}
