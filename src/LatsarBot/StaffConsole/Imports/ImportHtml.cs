using System.Globalization;
using System.Text;
using LatsarBot.Roster;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole.Imports;

/// <summary>The import's three pages: the upload form, the preview (nothing written yet), the result.</summary>
public static class ImportHtml
{
    public static string Form(HttpContext http, int classId, ImportClass kelas, string? error)
    {
        var id = classId.ToString(CultureInfo.InvariantCulture);
        return $"""
            {Intro(kelas)}
            {(error is null ? "" : $"<p class=\"error\" role=\"alert\">{error}</p>")}
            <p>{Bi("Kolom: nip, nama, angkatan, kelas, instansi, hp, email, zona_waktu, bahasa, ndh, peran (header bahasa Indonesia atau Inggris). Baris tanpa angkatan dan kelas masuk ke kelas ini. Tidak ada yang disimpan sebelum Anda mengonfirmasi pratinjau.", "Columns: nip, name, cohort, class, agency, phone, email, time_zone, language, ndh, role (Indonesian or English headers). Rows without cohort and class go into this class. Nothing is saved before you confirm the preview.")}</p>
            <form method="post" action="/console/kelas/{id}/impor" enctype="multipart/form-data">{Antiforgery(http)}
            <label for="berkas">{Bi("Berkas CSV atau XLSX", "CSV or XLSX file")} ({Bi($"maks. {ImportEndpoints.MaxUploadBytes / (1024 * 1024)} MB", "max.")})</label>
            <input id="berkas" name="{ImportEndpoints.FileField}" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required>
            <p><button type="submit">{Bi("Pratinjau", "Preview")}</button></p></form>
            <p><a href="/console/kelas/{id}">{Bi("Kembali ke kelas", "Back to the class")}</a></p>
            """;
    }

    public static string Preview(HttpContext http, int classId, ImportClass kelas, string fileName, RosterImportResult preview, string? token)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var id = classId.ToString(CultureInfo.InvariantCulture);
        var body = new StringBuilder(Intro(kelas));
        body.Append("<p>").Append(E(fileName)).Append(": ")
            .Append(Bi($"{preview.Rows.Count} baris — {preview.Created} baru, {preview.Updated} diperbarui, {preview.Unchanged} tidak berubah, {preview.Rejected} ditolak",
                $"{preview.Rows.Count} rows — {preview.Created} new, {preview.Updated} updated, {preview.Unchanged} unchanged, {preview.Rejected} rejected"))
            .Append("</p>");
        if (preview.Rejected > 0)
        {
            body.Append("<div class=\"error\" role=\"alert\"><p>")
                .Append(Bi("Perbaiki baris berikut di berkas Anda lalu unggah lagi; tidak ada yang disimpan.", "Fix these rows in your file and upload it again; nothing was saved."))
                .Append("</p><ul id=\"kesalahan\">");
            foreach (var row in preview.Rows.Where(r => r.Status == RosterRowStatus.Rejected))
            {
                foreach (var reason in row.Reasons)
                {
                    body.Append("<li>baris ").Append(row.Line.ToString(CultureInfo.InvariantCulture)).Append(": ").Append(E(RosterRuleText.For(reason)))
                        .Append(" <code>").Append(E(reason.Rule)).Append("</code> <span class=\"en\" lang=\"en\">row ")
                        .Append(row.Line.ToString(CultureInfo.InvariantCulture)).Append(": ").Append(E(reason.Message)).Append("</span></li>");
                }
            }

            body.Append("</ul></div>");
        }

        foreach (var group in preview.NewGroups)
        {
            body.Append("<p class=\"note\">").Append(group.Class is null
                ? Bi($"Angkatan baru akan dibuat: {group.Cohort}", $"New cohort to be created: {group.Cohort}")
                : Bi($"Kelas baru akan dibuat: {group.Cohort} / {group.Class}", $"New class to be created: {group.Cohort} / {group.Class}")).Append("</p>");
        }

        body.Append("<div class=\"table-wrap\"><table id=\"pratinjau\"><thead><tr><th scope=\"col\" class=\"num\">").Append(Bi("Baris", "Row"))
            .Append("</th><th scope=\"col\">NIP</th><th scope=\"col\">").Append(Bi("Tindakan", "Action")).Append("</th></tr></thead><tbody>");
        foreach (var row in preview.Rows)
        {
            body.Append("<tr><td class=\"num\">").Append(row.Line.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").Append(E(row.Nip ?? "–"))
                .Append("</td><td>").Append(Status(row.Status)).Append("</td></tr>");
        }

        body.Append("</tbody></table></div>");
        if (token is not null)
        {
            body.Append("<form method=\"post\" action=\"/console/kelas/").Append(id).Append("/impor/konfirmasi\">").Append(Antiforgery(http))
                .Append("<input type=\"hidden\" name=\"").Append(ImportEndpoints.TokenField).Append("\" value=\"").Append(E(token)).Append("\">")
                .Append("<p><button type=\"submit\">").Append(Bi("Konfirmasi impor", "Confirm import")).Append("</button></p></form>");
        }

        body.Append("<p><a href=\"/console/kelas/").Append(id).Append("/impor\">").Append(Bi("Unggah berkas lain", "Upload another file")).Append("</a></p>");
        return body.ToString();
    }

    public static string Result(int classId, ImportClass kelas, RosterImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var id = classId.ToString(CultureInfo.InvariantCulture);
        var body = new StringBuilder(Intro(kelas));
        if (!result.Committed)
        {
            var why = result.Error ?? string.Join("; ", result.Rows.Where(r => r.Status == RosterRowStatus.Rejected).Select(r => $"row {r.Line}: {string.Join("; ", r.Reasons)}"));
            body.Append("<p class=\"error\" role=\"alert\">")
                .Append(Bi("Data berubah sejak pratinjau, jadi tidak ada yang diimpor. Unggah berkasnya lagi.", "The data changed since the preview, so nothing was imported. Upload the file again."))
                .Append(" <span class=\"en\" lang=\"en\">").Append(E(why)).Append("</span></p>");
        }
        else
        {
            body.Append("<p id=\"hasil\" role=\"status\">")
                .Append(Bi($"Tersimpan: {result.Created} baru, {result.Updated} diperbarui, {result.Unchanged} tidak berubah.", $"Saved: {result.Created} new, {result.Updated} updated, {result.Unchanged} unchanged."))
                .Append("</p>");
        }

        if (result.Codes.Count > 0)
        {
            body.Append("<h2>").Append(Bi("Kode pendaftaran", "Enrolment codes")).Append("</h2><p class=\"note\">")
                .Append(Bi("Kode ini hanya tampil sekali. Cetak atau salin sekarang dan berikan kepada masing-masing orang.", "These codes are shown only once. Print or copy them now and hand each to its person."))
                .Append("</p><div class=\"table-wrap\"><table id=\"kode\"><thead><tr><th scope=\"col\">NIP</th><th scope=\"col\">").Append(Bi("Nama", "Name"))
                .Append("</th><th scope=\"col\">").Append(Bi("Kode", "Code")).Append("</th></tr></thead><tbody>");
            foreach (var code in result.Codes)
            {
                body.Append("<tr><td>").Append(E(code.Nip)).Append("</td><td>").Append(E(code.Name)).Append("</td><td><code>").Append(E(code.Code)).Append("</code></td></tr>");
            }

            body.Append("</tbody></table></div>");
        }

        body.Append("<p><a href=\"/console/kelas/").Append(id).Append("\">").Append(Bi("Kembali ke kelas", "Back to the class")).Append("</a></p>");
        return body.ToString();
    }

    private static string Intro(ImportClass kelas) => $"<p>{E(kelas.Class)} · {E(kelas.Cohort)} · {E(kelas.Institution)}</p>";

    private static string Status(RosterRowStatus status) => status switch
    {
        RosterRowStatus.Created => Bi("Baru", "New"),
        RosterRowStatus.Updated => Bi("Diperbarui", "Updated"),
        RosterRowStatus.Unchanged => Bi("Tidak berubah", "Unchanged"),
        _ => Bi("Ditolak", "Rejected"),
    };
}
