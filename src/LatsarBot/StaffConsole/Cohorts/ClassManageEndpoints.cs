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

/// <summary>/console/kelas/{classId}/atur: a class's name and its staff (coach, facilitator, examiner, mentor), for organisers and LAN admins.</summary>
public static class ClassManageEndpoints
{
    public static RouteGroupBuilder MapConsoleClassManagement(this RouteGroupBuilder console)
    {
        var kelas = console.MapGroup($"/kelas/{{{ConsoleAccessHandler.ClassId}:int}}/atur").RequireAuthorization(ConsoleAccess.Policy).RequireAntiforgeryOnPost();
        kelas.MapGet("", PageAsync);
        kelas.MapPost("/nama", RenameAsync);
        kelas.MapPost("/staf", AddStaffAsync);
        kelas.MapPost("/staf/hapus", RemoveStaffAsync);
        kelas.MapPost("/jadwal", SetCalendarAsync);
        return console;
    }

    private static async Task<IResult> PageAsync(int classId, HttpContext http, LatsarDb db, CancellationToken cancellationToken) =>
        await ManagerAsync(http, cancellationToken) is { } user
            ? await ViewAsync(http, db, user, classId, null, null, StatusCodes.Status200OK, cancellationToken)
            : Results.Forbid();

    private static async Task<IResult> ViewAsync(HttpContext http, LatsarDb db, ConsoleUser user, int classId, string? errorAt, string? error, int status, CancellationToken cancellationToken)
    {
        var kelas = await db.Classes.AsNoTracking().Where(c => c.Id == classId)
            .Select(c => new { c.Name, c.CohortId, Cohort = c.Cohort!.Name, c.Cohort.InstitutionId }).SingleAsync(cancellationToken);
        var assigned = await db.ClassStaff.AsNoTracking().Where(s => s.ClassId == classId).OrderBy(s => s.Role).ThenBy(s => s.Staff!.Name)
            .Select(s => new { s.Id, s.Role, s.Staff!.Name }).ToListAsync(cancellationToken);
        var staff = await db.Staff.AsNoTracking().Where(s => s.InstitutionId == kelas.InstitutionId && ClassStaff.Roles.Contains(s.StaffRole))
            .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name, s.StaffRole }).ToListAsync(cancellationToken);
        string At(string form) => errorAt == form ? Error(error) : "";
        var action = $"/console/kelas/{Id(classId)}/atur";

        var body = new StringBuilder("<p><a href=\"/console/angkatan/").Append(Id(kelas.CohortId)).Append("\">").Append(E(kelas.Cohort)).Append("</a> · <a href=\"/console/kelas/")
            .Append(Id(classId)).Append("\">").Append(Bi("Tabel peserta", "Participant table")).Append("</a> · <a href=\"/console/kelas/").Append(Id(classId)).Append("/kode\">")
            .Append(Bi("Kode pendaftaran", "Enrolment codes")).Append("</a></p>");
        body.Append("<h2>").Append(Bi("Nama kelas", "Class name")).Append("</h2>").Append(At("nama")).Append(Form(http, action + "/nama",
            $"<label for=\"class-name\">{Bi("Nama kelas", "Class name")}</label><input id=\"class-name\" name=\"name\" required maxlength=\"{CohortEndpoints.MaxClassName}\" value=\"{E(kelas.Name)}\"><p>{Button("Simpan nama", "Save name")}</p>"));

        body.Append("<h2>").Append(Bi("Staf kelas", "Class staff")).Append("</h2>");
        if (assigned.Count == 0)
        {
            body.Append("<p class=\"note\">").Append(Bi("Belum ada staf yang ditetapkan.", "No staff appointed yet.")).Append("</p>");
        }
        else
        {
            body.Append("<div class=\"table-wrap\"><table id=\"staf\"><thead><tr><th scope=\"col\">").Append(Bi("Nama", "Name")).Append("</th><th scope=\"col\">")
                .Append(Bi("Peran", "Role")).Append("</th><th scope=\"col\"><span class=\"visually-hidden\">").Append(Bi("Tindakan", "Action")).Append("</span></th></tr></thead><tbody>");
            foreach (var a in assigned)
            {
                body.Append("<tr><td>").Append(E(a.Name)).Append("</td><td>").Append(RoleLabel(a.Role)).Append("</td><td>")
                    .Append(Form(http, action + "/staf/hapus", $"<input type=\"hidden\" name=\"assignmentId\" value=\"{Id(a.Id)}\"><button type=\"submit\" aria-label=\"Lepas {E(a.Name)}\">{Bi("Lepas", "Remove")}</button>"))
                    .Append("</td></tr>");
            }

            body.Append("</tbody></table></div>");
        }

        var add = new StringBuilder("<label for=\"staff\">").Append(Bi("Staf", "Staff")).Append("</label><select id=\"staff\" name=\"staffId\" required>");
        foreach (var s in staff)
        {
            add.Append("<option value=\"").Append(Id(s.Id)).Append("\">").Append(E(s.Name)).Append("</option>");
        }

        add.Append("</select><label for=\"role\">").Append(Bi("Peran di kelas ini", "Role in this class")).Append("</label><select id=\"role\" name=\"role\" required>");
        foreach (var role in ClassStaff.Roles)
        {
            add.Append("<option value=\"").Append(role).Append("\">").Append(E(OptionLabel(role))).Append("</option>");
        }

        add.Append("</select><p>").Append(Button("Tetapkan", "Appoint")).Append("</p>");
        body.Append(At("staf")).Append(staff.Count == 0
            ? "<p class=\"note\">" + Bi("Lembaga ini belum punya staf; impor staf dulu.", "This institution has no staff yet; import them first.") + "</p>"
            : Form(http, action + "/staf", add.ToString()));
        var rows = await PhaseCalendars.RowsAsync(db, kelas.CohortId, cancellationToken);
        var own = rows.Where(r => r.ClassId == classId).ToDictionary(r => r.Phase, r => (r.From, r.To));
        var cohortCalendar = PhaseCalendar.For(rows, null);
        body.Append("<h2>").Append(Bi("Jadwal khusus kelas", "This class's own dates")).Append("</h2><p class=\"note\">")
            .Append(Bi("Isi hanya fase yang tanggalnya berbeda dari angkatan; fase lain mengikuti jadwal angkatan.",
                "Fill in only the phases whose dates differ from the cohort's; the others follow the cohort."));
        foreach (var (phase, from, to) in cohortCalendar.Phases)
        {
            body.Append("<br>").Append(E($"{PhaseCalendarForm.PhaseName(phase).Indonesian} (angkatan): {from:yyyy-MM-dd} – {to:yyyy-MM-dd}"));
        }

        body.Append("</p>").Append(At("jadwal"))
            .Append(PhaseCalendarForm.Render(http, action + "/jadwal", phase => own.TryGetValue(phase, out var d) ? d : null, "Simpan jadwal kelas", "Save class dates"));
        return Page(http, kelas.Name, "Manage class", body.ToString(), user, status);
    }

    /// <summary>An option holds text only, so the two languages are joined with a slash there.</summary>
    private static string OptionLabel(Role role) => role switch
    {
        Role.Facilitator => "Fasilitator / Facilitator",
        Role.Examiner => "Penguji / Examiner",
        Role.Mentor => "Mentor",
        _ => "Coach",
    };

    private static async Task<IResult> RenameAsync(int classId, [FromForm] string? name, HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        if (await ManagerAsync(http, cancellationToken) is not { } user)
        {
            return Results.Forbid();
        }

        var kelas = await db.Classes.SingleAsync(c => c.Id == classId, cancellationToken);
        var tidy = Tidy(name);
        var problem = CohortEndpoints.NameProblem(tidy, CohortEndpoints.MaxClassName)
            ?? (await db.Classes.AnyAsync(c => c.CohortId == kelas.CohortId && c.Name == tidy && c.Id != classId, cancellationToken) ? CohortEndpoints.Taken(tidy!) : null);
        if (problem is not null)
        {
            return await ViewAsync(http, db, user, classId, "nama", problem, StatusCodes.Status400BadRequest, cancellationToken);
        }

        if (kelas.Name != tidy)
        {
            var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == kelas.CohortId).Select(c => new { c.Name, c.InstitutionId }).SingleAsync(cancellationToken);
            ConsoleAudit.Record(http, db, user, AuditActions.ClassRename, $"{tidy} · {cohort.Name}", $"{kelas.Name} → {tidy}", cohort.InstitutionId);
        }

        kelas.Name = tidy!;
        await SaveAsync(http, db, cancellationToken);
        return Results.Redirect($"/console/kelas/{Id(classId)}/atur");
    }

    private static async Task<IResult> AddStaffAsync(int classId, [FromForm] int? staffId, [FromForm] string? role, HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        if (await ManagerAsync(http, cancellationToken) is not { } user)
        {
            return Results.Forbid();
        }

        var kelas = await db.Classes.Where(c => c.Id == classId).Select(c => new { c.Name, Cohort = c.Cohort!.Name, c.Cohort.InstitutionId }).SingleAsync(cancellationToken);
        var institutionId = kelas.InstitutionId;
        // Only the class's own institution's staff: an id from elsewhere is refused like an unknown one, naming nobody.
        var staff = staffId is { } sid ? await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sid && s.InstitutionId == institutionId, cancellationToken) : null;
        if (staff is null)
        {
            return await ViewAsync(http, db, user, classId, "staf", Bi("Pilih staf lembaga ini.", "Choose a member of this institution's staff."), StatusCodes.Status400BadRequest, cancellationToken);
        }

        if (!Enum.TryParse<Role>(role, ignoreCase: false, out var chosen) || !ClassStaff.Roles.Contains(chosen))
        {
            return await ViewAsync(http, db, user, classId, "staf", Bi("Pilih peran: coach, fasilitator, penguji atau mentor.", "Choose a role: coach, facilitator, examiner or mentor."), StatusCodes.Status400BadRequest, cancellationToken);
        }

        if (await db.ClassStaff.AnyAsync(s => s.ClassId == classId && s.StaffId == staff.Id && s.Role == chosen, cancellationToken))
        {
            return await ViewAsync(http, db, user, classId, "staf", Bi($"{staff.Name} sudah ditetapkan dengan peran itu.", "Already appointed in that role."), StatusCodes.Status400BadRequest, cancellationToken);
        }

        db.ClassStaff.Add(new ClassStaff { ClassId = classId, StaffId = staff.Id, Role = chosen });
        ConsoleAudit.Record(http, db, user, AuditActions.ClassStaffAppoint, $"{ConsoleAudit.Person(staff.Name, staff.Nip?.Value)} · {kelas.Name} · {kelas.Cohort}", chosen.ToString(), institutionId);
        await SaveAsync(http, db, cancellationToken);
        return Results.Redirect($"/console/kelas/{Id(classId)}/atur");
    }

    private static async Task<IResult> SetCalendarAsync(int classId, HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        if (await ManagerAsync(http, cancellationToken) is not { } user)
        {
            return Results.Forbid();
        }

        var cohortId = await db.Classes.Where(c => c.Id == classId).Select(c => c.CohortId).SingleAsync(cancellationToken);
        var problems = await PhaseCalendarForm.SetAsync(http, db, user, cohortId, classId, cancellationToken);
        if (problems.Count > 0)
        {
            return await ViewAsync(http, db, user, classId, "jadwal", string.Join("<br>", problems), StatusCodes.Status400BadRequest, cancellationToken);
        }

        return Results.Redirect($"/console/kelas/{Id(classId)}/atur");
    }

    private static async Task<IResult> RemoveStaffAsync(int classId, [FromForm] int? assignmentId, HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        if (await ManagerAsync(http, cancellationToken) is not { } user)
        {
            return Results.Forbid();
        }

        var assignment = await db.ClassStaff.FirstOrDefaultAsync(s => s.Id == assignmentId && s.ClassId == classId, cancellationToken);
        if (assignment is null)
        {
            return Results.BadRequest();
        }

        var who = await db.Staff.AsNoTracking().Where(s => s.Id == assignment.StaffId).Select(s => new { s.Name, s.Nip }).SingleAsync(cancellationToken);
        var kelas = await db.Classes.AsNoTracking().Where(c => c.Id == classId).Select(c => new { c.Name, Cohort = c.Cohort!.Name, c.Cohort.InstitutionId }).SingleAsync(cancellationToken);
        db.ClassStaff.Remove(assignment);
        ConsoleAudit.Record(http, db, user, AuditActions.ClassStaffRemove, $"{ConsoleAudit.Person(who.Name, who.Nip?.Value)} · {kelas.Name} · {kelas.Cohort}", assignment.Role.ToString(), kelas.InstitutionId);
        await SaveAsync(http, db, cancellationToken);
        return Results.Redirect($"/console/kelas/{Id(classId)}/atur");
    }
}
