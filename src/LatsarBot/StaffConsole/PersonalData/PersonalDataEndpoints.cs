using System.Text;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.PersonalData;
using LatsarBot.StaffConsole.Audit;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.StaffConsole.ConsoleForms;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole.PersonalData;

/// <summary>
/// The personal data rights (UU 27/2022) on the participant page, for the organisers of the participant's institution
/// and LAN admins (the id is checked against the scope by <see cref="ConsoleAccessHandler"/>; other roles get 403):
/// /console/peserta/{id}/data.zip (export), …/koreksi (correct name, phone, e-mail), …/hapus (erase, after typing the NIP).
/// </summary>
public static class PersonalDataEndpoints
{
    public static RouteGroupBuilder MapConsolePersonalData(this RouteGroupBuilder console)
    {
        var person = console.MapGroup($"/peserta/{{{ConsoleAccessHandler.ParticipantId}:int}}").RequireAuthorization(ConsoleAccess.Policy).RequireAntiforgeryOnPost();
        person.MapGet("/data.zip", ExportAsync);
        person.MapPost("/koreksi", CorrectAsync);
        person.MapPost("/hapus", EraseAsync);
        return console;
    }

    /// <summary>The section of the participant page, for those who may use it.</summary>
    public static string Section(HttpContext http, Participant participant, ConsoleUser user)
    {
        ArgumentNullException.ThrowIfNull(participant);
        if (!ConsoleRoles.ManagesData(user))
        {
            return "";
        }

        var path = "/console/peserta/" + Id(participant.Id);
        var html = new StringBuilder("<section aria-labelledby=\"data-pribadi\"><h2 id=\"data-pribadi\">").Append(Bi("Data pribadi (UU 27/2022)", "Personal data (UU 27/2022)"))
            .Append("</h2><p><a href=\"").Append(path).Append("/data.zip\">").Append(Bi("Unduh semua data (ZIP)", "Download all data (ZIP)")).Append("</a></p>");
        var fields = new StringBuilder()
            .Append(Field("name", "Nama", "Name", participant.Name))
            .Append(Field("phone", "Nomor HP", "Phone", participant.Phone))
            .Append(Field("email", "E-mail", "E-mail", participant.Email))
            .Append("<p class=\"actions\">").Append(Button("Simpan koreksi", "Save correction")).Append("</p>");
        html.Append("<h3>").Append(Bi("Koreksi", "Correction")).Append("</h3>").Append(Form(http, path + "/koreksi", fields.ToString()));
        var erase = new StringBuilder("<p class=\"note\">")
            .Append(Bi("Menghapus percakapan, akun chat, logbook, bukti, dan identitas peserta. Nilai disimpan dengan nama samaran sesuai kebijakan retensi. Tidak dapat dibatalkan.",
                "Erases the participant's chats, chat accounts, logbook, evidence and identity. Scores are kept under a pseudonym as the retention policy says. There is no undo."))
            .Append("</p>").Append(Field("confirm", "Ketik NIP peserta untuk memastikan", "Type the participant's NIP to confirm", ""))
            .Append("<p class=\"actions\"><button type=\"submit\" class=\"danger\">").Append(Bi("Hapus data peserta", "Erase the participant's data")).Append("</button></p>");
        html.Append("<h3>").Append(Bi("Penghapusan", "Erasure")).Append("</h3>").Append(Form(http, path + "/hapus", erase.ToString()));
        return html.Append("</section>").ToString();
    }

    private static string Field(string name, string indonesian, string english, string? value) =>
        $"<p><label for=\"f-{name}\">{Bi(indonesian, english)}</label><input id=\"f-{name}\" name=\"{name}\" value=\"{E(value)}\" autocomplete=\"off\"></p>";

    private static async Task<IResult> ExportAsync(int participantId, HttpContext http, LatsarDb db, PersonExport export, CancellationToken cancellationToken)
    {
        var user = (await ConsoleUser.OfAsync(http, cancellationToken))!;
        if (!ConsoleRoles.ManagesData(user))
        {
            return ConsoleRoles.Forbidden(http, user);
        }

        var person = (await PersonFootprint.FindAsync(db, participantId, cancellationToken))!;
        var now = ConsoleAudit.Now(http);
        using var buffer = new MemoryStream();
        await export.WriteAsync(db, person, now, buffer, cancellationToken);
        ConsoleAudit.Record(http, db, user, AuditActions.PersonExport, PersonCorrection.Audit(person.Person), "zip", person.Person.InstitutionId);
        await SaveAsync(http, db, cancellationToken);
        return Results.File(buffer.ToArray(), "application/zip", $"data-pribadi-{Id(participantId)}.zip");
    }

    private static async Task<IResult> CorrectAsync(int participantId, HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        var user = (await ConsoleUser.OfAsync(http, cancellationToken))!;
        if (!ConsoleRoles.ManagesData(user))
        {
            return ConsoleRoles.Forbidden(http, user);
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in PersonCorrection.Fields)
        {
            if (form.TryGetValue(field, out var given))
            {
                var (stored, problem) = PersonCorrection.Check(field, given.ToString());
                if (problem is not null)
                {
                    return Page(http, "Koreksi ditolak", "Correction refused", $"<p class=\"error\" role=\"alert\">{E(problem)}</p><p><a href=\"/console/peserta/{Id(participantId)}\">{Bi("Kembali", "Back")}</a></p>", user, StatusCodes.Status422UnprocessableEntity);
                }

                values[field] = stored!;
            }
        }

        var person = await db.People.SingleAsync(p => p.Id == participantId, cancellationToken);
        PersonCorrection.Apply(db, person, values, ConsoleAudit.Actor(user), ConsoleAudit.Origin(http), ConsoleAudit.Now(http));
        await SaveAsync(http, db, cancellationToken);
        return Results.Redirect($"/console/peserta/{Id(participantId)}");
    }

    private static async Task<IResult> EraseAsync(int participantId, HttpContext http, LatsarDb db, PersonErasure erasure, CancellationToken cancellationToken)
    {
        var user = (await ConsoleUser.OfAsync(http, cancellationToken))!;
        if (!ConsoleRoles.ManagesData(user))
        {
            return ConsoleRoles.Forbidden(http, user);
        }

        var person = (await PersonFootprint.FindAsync(db, participantId, cancellationToken))!;
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var typed = Nip.Parse(form["confirm"].ToString()).Nip;
        if (person.Person.Nip is not { } nip || typed != nip)
        {
            return Page(http, "Penghapusan tidak dijalankan", "Erasure not done",
                $"<p class=\"error\" role=\"alert\">{Bi("NIP yang diketik tidak sama dengan NIP peserta.", "The NIP typed is not the participant's.")}</p><p><a href=\"/console/peserta/{Id(participantId)}\">{Bi("Kembali", "Back")}</a></p>",
                user, StatusCodes.Status422UnprocessableEntity);
        }

        var result = await erasure.EraseAsync(db, person, ConsoleAudit.Actor(user), ConsoleAudit.Origin(http), ConsoleAudit.Now(http), cancellationToken);
        var body = $"<p role=\"status\">{Bi("Data peserta telah dihapus. Nama samaran:", "The participant's data is erased. Pseudonym:")} <strong>{E(result.Pseudonym)}</strong></p>"
            + $"<p>{E($"{result.RowsDeleted} baris dihapus, {result.RowsRewritten} diganti, {result.FilesDeleted} berkas dihapus.")}</p>"
            + $"<p><a href=\"/console/peserta/{Id(participantId)}\">{Bi("Lihat rekam jejak", "See the record")}</a></p>";
        return Page(http, "Data dihapus", "Data erased", body, user);
    }
}
