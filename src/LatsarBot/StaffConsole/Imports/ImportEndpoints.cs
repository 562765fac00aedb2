using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.Roster;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole.Imports;

/// <summary>
/// /console/kelas/{classId}/impor: upload a roster (CSV or XLSX) → a preview of what would be created and updated, and
/// every rejected row with its row and rule → nothing is written until the organiser confirms → the result. The work is
/// <see cref="RosterImporter"/>'s, the same as `participants import`; the class id is checked by <see cref="ConsoleAccessHandler"/>.
/// </summary>
public static class ImportEndpoints
{
    /// <summary>A roster of a few hundred rows is tens of kilobytes; 2 MB leaves room for an XLSX with formatting.</summary>
    public const int MaxUploadBytes = 2 * 1024 * 1024;

    public const string FileField = "berkas";
    public const string TokenField = "t";

    public static RouteGroupBuilder MapConsoleImports(this RouteGroupBuilder console)
    {
        var path = $"/kelas/{{{ConsoleAccessHandler.ClassId}:int}}/impor";
        console.MapGet(path, FormAsync).RequireAuthorization(ConsoleAccess.Policy);
        console.MapPost(path, PreviewAsync).RequireAuthorization(ConsoleAccess.Policy);
        console.MapPost(path + "/konfirmasi", ConfirmAsync).RequireAuthorization(ConsoleAccess.Policy);
        return console;
    }

    private static async Task<IResult> FormAsync(int classId, HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        var user = (await ConsoleUser.OfAsync(http, cancellationToken))!;
        if (!ConsoleRoles.ManagesData(user))
        {
            return ConsoleRoles.Forbidden(http, user);
        }

        var kelas = await ClassOfAsync(db, classId, cancellationToken);
        return Page(http, "Impor daftar peserta", "Import the roster", ImportHtml.Form(http, classId, kelas, null), user);
    }

    private static async Task<IResult> PreviewAsync(int classId, HttpContext http, LatsarDb db, IAntiforgery antiforgery, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = (await ConsoleUser.OfAsync(http, cancellationToken))!;
        if (!ConsoleRoles.ManagesData(user))
        {
            return ConsoleRoles.Forbidden(http, user);
        }

        var kelas = await ClassOfAsync(db, classId, cancellationToken);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxUploadBytes + (64 * 1024);
        }

        // The form is read here, not bound, so the antiforgery check is explicit (as for sign-out) and a broken or
        // oversized upload becomes a page that says so instead of an exception.
        IFormFile? file;
        try
        {
            if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
            {
                return Error(http, user, classId, kelas, Bi("Formulir tidak sah atau kedaluwarsa. Muat ulang halaman dan coba lagi.", "The form is invalid or expired. Reload the page and try again."), StatusCodes.Status400BadRequest);
            }

            file = (await http.Request.ReadFormAsync(cancellationToken)).Files.GetFile(FileField);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException)
        {
            var tooLarge = e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };
            return tooLarge ? TooLarge(http, user, classId, kelas) : Error(http, user, classId, kelas, Bi("Unggahan tidak dapat dibaca.", "The upload cannot be read."), StatusCodes.Status400BadRequest);
        }

        if (file is null || file.Length == 0)
        {
            return Error(http, user, classId, kelas, Bi("Pilih berkas CSV atau XLSX.", "Choose a CSV or XLSX file."), StatusCodes.Status400BadRequest);
        }

        if (file.Length > MaxUploadBytes)
        {
            return TooLarge(http, user, classId, kelas);
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        var preview = await new RosterImporter(db, http.RequestServices.GetRequiredService<Core.Participants.CodeHasher>()).ImportAsync(content, Options(kelas, dryRun: true, null), cancellationToken);

        // The dry run tracked what it would add; none of it may ride along with the pending file's save.
        db.ChangeTracker.Clear();
        if (preview.Error is not null)
        {
            return Error(http, user, classId, kelas, Bi("Berkas tidak dapat dibaca:", "The file cannot be read:") + " " + E(preview.Error), StatusCodes.Status422UnprocessableEntity);
        }

        var fileName = Path.GetFileName(file.FileName);
        var token = preview.Rejected == 0
            ? await PendingImportStore.SaveAsync(db, user.StaffId, classId, fileName, content, clock.GetUtcNow(), cancellationToken)
            : null;
        return Page(http, "Pratinjau impor", "Import preview", ImportHtml.Preview(http, classId, kelas, fileName, preview, token), user);
    }

    private static async Task<IResult> ConfirmAsync(int classId, HttpContext http, LatsarDb db, IAntiforgery antiforgery, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = (await ConsoleUser.OfAsync(http, cancellationToken))!;
        if (!ConsoleRoles.ManagesData(user))
        {
            return ConsoleRoles.Forbidden(http, user);
        }

        var kelas = await ClassOfAsync(db, classId, cancellationToken);
        string? token;
        try
        {
            if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
            {
                return Error(http, user, classId, kelas, Bi("Formulir tidak sah atau kedaluwarsa. Unggah berkasnya lagi.", "The form is invalid or expired. Upload the file again."), StatusCodes.Status400BadRequest);
            }

            token = (await http.Request.ReadFormAsync(cancellationToken))[TokenField].ToString();
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException)
        {
            return Error(http, user, classId, kelas, Bi("Permintaan tidak dapat dibaca.", "The request cannot be read."), StatusCodes.Status400BadRequest);
        }

        var now = clock.GetUtcNow();
        var pending = await PendingImportStore.TakeAsync(db, token, user.StaffId, classId, now, cancellationToken);
        if (pending is null)
        {
            return Error(http, user, classId, kelas,
                Bi("Pratinjau ini sudah dipakai atau kedaluwarsa (30 menit). Unggah berkasnya lagi.", "This preview was used or has expired (30 minutes). Upload the file again."), StatusCodes.Status409Conflict);
        }

        var audit = new RosterImportAudit(new AuditActor(user.StaffId, user.Name, user.Role, user.InstitutionId), AuditOrigin.Console(http.Connection.RemoteIpAddress), now,
            $"{kelas.Class} · {kelas.Cohort}: {pending.FileName}");
        var result = await new RosterImporter(db, http.RequestServices.GetRequiredService<Core.Participants.CodeHasher>()).ImportAsync(pending.Content, Options(kelas, dryRun: false, audit), cancellationToken);
        var status = result.Committed ? StatusCodes.Status200OK : StatusCodes.Status409Conflict;
        return Page(http, "Hasil impor", "Import result", ImportHtml.Result(classId, kelas, result), user, status);
    }

    private static RosterImportOptions Options(ImportClass kelas, bool dryRun, RosterImportAudit? audit) => new()
    {
        Institution = kelas.Institution,
        DefaultClass = new RosterDefaultClass(kelas.Cohort, kelas.Class),
        DryRun = dryRun,

        // Confirmed only without rejected rows, and between preview and confirmation nothing may be half-imported.
        AllOrNothing = true,
        CodesInResult = true,
        Audit = audit,
    };

    private static Task<ImportClass> ClassOfAsync(LatsarDb db, int classId, CancellationToken cancellationToken) =>
        db.Classes.Where(c => c.Id == classId)
            .Select(c => new ImportClass(c.Name, c.Cohort!.Name, c.Cohort.Institution!.Name)).SingleAsync(cancellationToken);

    private static IResult TooLarge(HttpContext http, ConsoleUser user, int classId, ImportClass kelas) =>
        Error(http, user, classId, kelas, Bi($"Berkas lebih dari {MaxUploadBytes / (1024 * 1024)} MB.", $"The file is larger than {MaxUploadBytes / (1024 * 1024)} MB."), StatusCodes.Status413PayloadTooLarge);

    private static IResult Error(HttpContext http, ConsoleUser user, int classId, ImportClass kelas, string message, int status) =>
        Page(http, "Impor daftar peserta", "Import the roster", ImportHtml.Form(http, classId, kelas, message), user, status);
}

/// <summary>The class an import goes into, by name: the importer works by names, as the roster file does.</summary>
public sealed record ImportClass(string Class, string Cohort, string Institution);
