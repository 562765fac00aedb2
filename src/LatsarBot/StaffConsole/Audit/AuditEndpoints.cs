using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.Exports;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole.Audit;

/// <summary>
/// /console/audit: the audit log, newest first, filtered by date (in the viewer's zone), actor and action; /console/audit.csv
/// the same filter as CSV. A LAN admin reads every entry, an organiser their own institution's, nobody else any.
/// </summary>
public static class AuditEndpoints
{
    /// <summary>A page shows this many; the CSV has every entry the filter matches.</summary>
    public const int PageSize = 200;

    public static RouteGroupBuilder MapConsoleAudit(this RouteGroupBuilder console)
    {
        console.MapGet("/audit", PageAsync).RequireAuthorization(ConsoleAccess.Policy);
        console.MapGet("/audit.csv", CsvAsync).RequireAuthorization(ConsoleAccess.Policy);
        return console;
    }

    /// <summary>The entries a user may read: the one place the log's scope is decided.</summary>
    public static IQueryable<AuditEntry> Visible(LatsarDb db, ConsoleUser user)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        return user.Role switch
        {
            Role.LanAdmin => db.AuditEntries,
            Role.Organiser => db.AuditEntries.Where(a => a.InstitutionId == user.InstitutionId),
            _ => db.AuditEntries.Where(_ => false),
        };
    }

    private static async Task<IResult> PageAsync(HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        var user = (await ConsoleUser.OfAsync(http, cancellationToken))!;
        if (!ConsoleRoles.ManagesData(user))
        {
            return ConsoleRoles.Forbidden(http, user);
        }

        if (AuditFilter.Parse(http.Request.Query, user.TimeZone) is not { } filter)
        {
            return Page(http, "Log audit", "Audit log", AuditHtml.Page(AuditFilter.Empty, [], [], user,
                Bi("Tanggal harus berbentuk YYYY-MM-DD.", "Dates must be YYYY-MM-DD.")), user, StatusCodes.Status400BadRequest);
        }

        var entries = await filter.Apply(Visible(db, user)).OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(PageSize).ToListAsync(cancellationToken);
        var actions = await Visible(db, user).Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        return Page(http, "Log audit", "Audit log", AuditHtml.Page(filter, entries, actions, user, null), user);
    }

    private static async Task<IResult> CsvAsync(HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        var user = (await ConsoleUser.OfAsync(http, cancellationToken))!;
        if (!ConsoleRoles.ManagesData(user))
        {
            return ConsoleRoles.Forbidden(http, user);
        }

        if (AuditFilter.Parse(http.Request.Query, user.TimeZone) is not { } filter)
        {
            return Results.BadRequest();
        }

        var entries = await filter.Apply(Visible(db, user)).OrderByDescending(a => a.At).ThenByDescending(a => a.Id).ToListAsync(cancellationToken);
        var table = new ExportTable("Audit", ["At", "Actor", "ActorRole", "Action", "Subject", "Detail", "Channel", "Address"],
            entries.Select(a => (IReadOnlyList<object?>)[a.At, a.ActorName, a.ActorRole, a.Action, a.Subject, a.Detail, a.Channel, a.Address]).ToList());
        using var buffer = new MemoryStream();
        await ExportWriter.WriteAsync(table, ExportFormat.Csv, buffer, cancellationToken);
        return Results.File(buffer.ToArray(), ExportFormat.Csv.ContentType(),
            $"audit{filter.FileSuffix}.csv");
    }
}
