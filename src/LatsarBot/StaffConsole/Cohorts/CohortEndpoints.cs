using System.Globalization;
using System.Text;
using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.Data.Schedule;
using LatsarBot.StaffConsole.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.StaffConsole.ConsoleForms;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole.Cohorts;

/// <summary>
/// /console/angkatan: the cohorts an organiser (their institution) or LAN admin (all) manages, a new cohort; and
/// /console/angkatan/{cohortId}: its name, its classes, its phase calendar. Other roles get 403.
/// </summary>
public static class CohortEndpoints
{
    public const int MaxCohortName = 200;
    public const int MaxClassName = 100;

    public static RouteGroupBuilder MapConsoleCohorts(this RouteGroupBuilder console)
    {
        var cohorts = console.MapGroup("/angkatan").RequireAuthorization(ConsoleAccess.Policy).RequireAntiforgeryOnPost();
        cohorts.MapGet("", ListAsync);
        cohorts.MapPost("", CreateAsync);
        var cohort = $"/{{{ConsoleAccessHandler.CohortId}:int}}";
        cohorts.MapGet(cohort, CohortPageAsync);
        cohorts.MapPost(cohort + "/nama", RenameAsync);
        cohorts.MapPost(cohort + "/kelas", AddClassAsync);
        cohorts.MapPost(cohort + "/jadwal", SetCalendarAsync);
        return console;
    }

    private static async Task<IResult> ListAsync(HttpContext http, LatsarDb db, CancellationToken cancellationToken) =>
        await ManagerAsync(http, cancellationToken) is { } user
            ? await ListPageAsync(http, db, user, null, null, StatusCodes.Status200OK, cancellationToken)
            : Results.Forbid();

    private static async Task<IResult> ListPageAsync(HttpContext http, LatsarDb db, ConsoleUser user, string? error, string? name, int status, CancellationToken cancellationToken)
    {
        var cohorts = await ConsoleAccess.ManagedCohorts(db, user.Scope)
            .OrderBy(c => c.Institution!.Name).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, Institution = c.Institution!.Name, Classes = c.Classes.Count })
            .ToListAsync(cancellationToken);
        var institutions = await ConsoleAccess.ManagedInstitutions(db, user.Scope).OrderBy(i => i.Name).Select(i => new { i.Id, i.Name }).ToListAsync(cancellationToken);

        var body = new StringBuilder();
        if (cohorts.Count == 0)
        {
            body.Append("<p class=\"note\">").Append(Bi("Belum ada angkatan.", "No cohort yet.")).Append("</p>");
        }
        else
        {
            body.Append("<div class=\"table-wrap\"><table id=\"angkatan\"><thead><tr><th scope=\"col\">").Append(Bi("Lembaga", "Institution"))
                .Append("</th><th scope=\"col\">").Append(Bi("Angkatan", "Cohort")).Append("</th><th scope=\"col\" class=\"num\">")
                .Append(Bi("Kelas", "Classes")).Append("</th></tr></thead><tbody>");
            foreach (var c in cohorts)
            {
                body.Append("<tr><td>").Append(E(c.Institution)).Append("</td><td><a href=\"/console/angkatan/").Append(Id(c.Id)).Append("\">")
                    .Append(E(c.Name)).Append("</a></td><td class=\"num\">").Append(Id(c.Classes)).Append("</td></tr>");
            }

            body.Append("</tbody></table></div>");
        }

        var fields = new StringBuilder();
        if (institutions.Count > 1)
        {
            fields.Append("<label for=\"institution\">").Append(Bi("Lembaga", "Institution")).Append("</label><select id=\"institution\" name=\"institutionId\" required>");
            foreach (var i in institutions)
            {
                fields.Append("<option value=\"").Append(Id(i.Id)).Append("\">").Append(E(i.Name)).Append("</option>");
            }

            fields.Append("</select>");
        }

        fields.Append("<label for=\"name\">").Append(Bi("Nama angkatan", "Cohort name")).Append("</label>")
            .Append("<input id=\"name\" name=\"name\" required maxlength=\"").Append(MaxCohortName).Append("\" value=\"").Append(E(name)).Append("\" placeholder=\"Angkatan II Tahun 2027\">")
            .Append("<p>").Append(Button("Buat angkatan", "Create cohort")).Append("</p>");
        body.Append("<h2>").Append(Bi("Angkatan baru", "New cohort")).Append("</h2>").Append(Error(error)).Append(Form(http, "/console/angkatan", fields.ToString()));
        return Page(http, "Kelola angkatan", "Manage cohorts", body.ToString(), user, status);
    }

    private static async Task<IResult> CreateAsync([FromForm] string? name, [FromForm] int? institutionId, HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        if (await ManagerAsync(http, cancellationToken) is not { } user)
        {
            return Results.Forbid();
        }

        // An organiser's cohort is always in their own institution; a LAN admin names one of those they manage.
        var institution = institutionId ?? (user.Role == Role.LanAdmin ? null : user.InstitutionId);
        if (institution is not { } chosen || !await ConsoleAccess.ManagedInstitutions(db, user.Scope).AnyAsync(i => i.Id == chosen, cancellationToken))
        {
            return await ListPageAsync(http, db, user, Bi("Pilih lembaga Anda.", "Choose one of your institutions."), name, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var tidy = Tidy(name);
        var problem = NameProblem(tidy, MaxCohortName)
            ?? (await db.Cohorts.AnyAsync(c => c.InstitutionId == chosen && c.Name == tidy, cancellationToken) ? Taken(tidy!) : null);
        if (problem is not null)
        {
            return await ListPageAsync(http, db, user, problem, name, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var cohort = db.Cohorts.Add(new Cohort { InstitutionId = chosen, Name = tidy! }).Entity;
        ConsoleAudit.Record(http, db, user, AuditActions.CohortCreate, tidy!, null, chosen);
        await SaveAsync(http, db, cancellationToken);
        return Results.Redirect($"/console/angkatan/{Id(cohort.Id)}");
    }

    private static async Task<IResult> CohortPageAsync(int cohortId, HttpContext http, LatsarDb db, CancellationToken cancellationToken) =>
        await ManagerAsync(http, cancellationToken) is { } user
            ? await CohortViewAsync(http, db, user, cohortId, null, null, StatusCodes.Status200OK, cancellationToken)
            : Results.Forbid();

    /// <summary>The cohort page; <paramref name="error"/> goes beside the form named by <paramref name="errorAt"/> ("nama", "kelas", "jadwal").</summary>
    private static async Task<IResult> CohortViewAsync(HttpContext http, LatsarDb db, ConsoleUser user, int cohortId, string? errorAt, string? error, int status, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Institution).SingleAsync(c => c.Id == cohortId, cancellationToken);
        var classes = await db.Classes.AsNoTracking().Where(c => c.CohortId == cohortId).OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, Participants = db.Participants.Count(p => p.ClassId == c.Id) }).ToListAsync(cancellationToken);
        var calendar = PhaseCalendar.For(await PhaseCalendars.RowsAsync(db, cohortId, cancellationToken), null);
        string At(string form) => errorAt == form ? Error(error) : "";

        var action = $"/console/angkatan/{Id(cohortId)}";
        var body = new StringBuilder("<p>").Append(E(cohort.Institution!.Name)).Append("</p>");
        body.Append("<h2>").Append(Bi("Nama", "Name")).Append("</h2>").Append(At("nama")).Append(Form(http, action + "/nama",
            $"<label for=\"cohort-name\">{Bi("Nama angkatan", "Cohort name")}</label><input id=\"cohort-name\" name=\"name\" required maxlength=\"{MaxCohortName}\" value=\"{E(cohort.Name)}\"><p>{Button("Simpan nama", "Save name")}</p>"));

        body.Append("<h2>").Append(Bi("Kelas", "Classes")).Append("</h2>");
        if (classes.Count > 0)
        {
            body.Append("<div class=\"table-wrap\"><table id=\"kelas\"><thead><tr><th scope=\"col\">").Append(Bi("Kelas", "Class")).Append("</th><th scope=\"col\" class=\"num\">")
                .Append(Bi("Peserta", "Participants")).Append("</th><th scope=\"col\">").Append(Bi("Kelola", "Manage")).Append("</th></tr></thead><tbody>");
            foreach (var c in classes)
            {
                var path = $"/console/kelas/{Id(c.Id)}";
                body.Append("<tr><td><a href=\"").Append(path).Append("\">").Append(E(c.Name)).Append("</a></td><td class=\"num\">").Append(Id(c.Participants))
                    .Append("</td><td><a href=\"").Append(path).Append("/atur\">").Append(Bi("Nama dan staf", "Name and staff")).Append("</a> · <a href=\"")
                    .Append(path).Append("/kode\">").Append(Bi("Kode pendaftaran", "Enrolment codes")).Append("</a></td></tr>");
            }

            body.Append("</tbody></table></div>");
        }

        body.Append(At("kelas")).Append(Form(http, action + "/kelas",
            $"<label for=\"class-name\">{Bi("Kelas baru", "New class")}</label><input id=\"class-name\" name=\"name\" required maxlength=\"{MaxClassName}\" placeholder=\"Kelas B\"><p>{Button("Tambah kelas", "Add class")}</p>"));

        body.Append("<h2>").Append(Bi("Jadwal fase", "Phase calendar")).Append("</h2><p class=\"note\">")
            .Append(Bi("Tanggal awal dan akhir (termasuk) tiap fase. Aktualisasi 30 hari, klasikal 6 hari.", "First and last day (inclusive) of each phase. Actualization 30 days, classical 6 days."))
            .Append("</p>").Append(At("jadwal"));
        body.Append(PhaseCalendarForm.Render(http, action + "/jadwal", phase => calendar[phase], "Simpan jadwal", "Save calendar"));
        body.Append("<p><a href=\"/console/angkatan\">").Append(Bi("Semua angkatan", "All cohorts")).Append("</a></p>");
        return Page(http, cohort.Name, "Cohort", body.ToString(), user, status);
    }

    private static async Task<IResult> RenameAsync(int cohortId, [FromForm] string? name, HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        if (await ManagerAsync(http, cancellationToken) is not { } user)
        {
            return Results.Forbid();
        }

        var cohort = await db.Cohorts.SingleAsync(c => c.Id == cohortId, cancellationToken);
        var tidy = Tidy(name);
        var problem = NameProblem(tidy, MaxCohortName)
            ?? (await db.Cohorts.AnyAsync(c => c.InstitutionId == cohort.InstitutionId && c.Name == tidy && c.Id != cohortId, cancellationToken) ? Taken(tidy!) : null);
        if (problem is not null)
        {
            return await CohortViewAsync(http, db, user, cohortId, "nama", problem, StatusCodes.Status400BadRequest, cancellationToken);
        }

        if (cohort.Name != tidy)
        {
            ConsoleAudit.Record(http, db, user, AuditActions.CohortRename, tidy!, $"{cohort.Name} → {tidy}", cohort.InstitutionId);
        }

        cohort.Name = tidy!;
        await SaveAsync(http, db, cancellationToken);
        return Results.Redirect($"/console/angkatan/{Id(cohortId)}");
    }

    private static async Task<IResult> AddClassAsync(int cohortId, [FromForm] string? name, HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        if (await ManagerAsync(http, cancellationToken) is not { } user)
        {
            return Results.Forbid();
        }

        var tidy = Tidy(name);
        var problem = NameProblem(tidy, MaxClassName)
            ?? (await db.Classes.AnyAsync(c => c.CohortId == cohortId && c.Name == tidy, cancellationToken) ? Taken(tidy!) : null);
        if (problem is not null)
        {
            return await CohortViewAsync(http, db, user, cohortId, "kelas", problem, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var kelas = db.Classes.Add(new TrainingClass { CohortId = cohortId, Name = tidy! }).Entity;
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => new { c.Name, c.InstitutionId }).SingleAsync(cancellationToken);
        ConsoleAudit.Record(http, db, user, AuditActions.ClassCreate, $"{tidy} · {cohort.Name}", null, cohort.InstitutionId);
        await SaveAsync(http, db, cancellationToken);
        return Results.Redirect($"/console/kelas/{Id(kelas.Id)}/atur");
    }

    private static async Task<IResult> SetCalendarAsync(int cohortId, HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        if (await ManagerAsync(http, cancellationToken) is not { } user)
        {
            return Results.Forbid();
        }

        var problems = await PhaseCalendarForm.SetAsync(http, db, user, cohortId, null, cancellationToken);
        if (problems.Count > 0)
        {
            return await CohortViewAsync(http, db, user, cohortId, "jadwal", string.Join("<br>", problems), StatusCodes.Status400BadRequest, cancellationToken);
        }

        return Results.Redirect($"/console/angkatan/{Id(cohortId)}");
    }

    /// <summary>Why a name cannot be used, bilingual; null when it can.</summary>
    public static string? NameProblem(string? name, int max) =>
        name is null ? Bi("Nama wajib diisi.", "The name is required.")
        : name.Length > max ? Bi($"Nama paling banyak {max} karakter.", $"At most {max} characters.")
        : null;

    public static string Taken(string name) => Bi($"Nama \"{name}\" sudah dipakai.", $"\"{name}\" is taken already.");
}
