using System.Globalization;
using System.Text;
using LatsarBot.Data;
using Microsoft.AspNetCore.Antiforgery;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole;

/// <summary>What the console's edit pages share: the manager check, the write through the SQLite gate, and the small bits of form HTML.</summary>
public static class ConsoleForms
{
    /// <summary>
    /// Every POST of the group must carry the antiforgery field. The host's middleware judges only endpoints that bind a
    /// form parameter; handlers here that read the form themselves would slip past it, so the group checks them all: 400.
    /// </summary>
    public static RouteGroupBuilder RequireAntiforgeryOnPost(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (HttpMethods.IsPost(http.Request.Method) && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }

            return await next(context);
        });
        return group;
    }

    /// <summary>The signed-in user when they may change things; null means the handler answers 403 and shows nothing.</summary>
    public static async Task<ConsoleUser?> ManagerAsync(HttpContext http, CancellationToken cancellationToken) =>
        await ConsoleUser.OfAsync(http, cancellationToken) is { } user && ConsoleAccess.CanManage(user.Scope) ? user : null;

    /// <summary>Saves through the write gate (SQLite takes one writer at a time; PostgreSQL passes straight through).</summary>
    public static async Task SaveAsync(HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(db);
        var gate = http.RequestServices.GetRequiredService<SqliteWriteGate>();
        await using (await gate.EnterAsync(db, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>An error line for a form, already bilingual HTML.</summary>
    public static string Error(string? html) => html is null ? "" : $"<p class=\"error\" role=\"alert\">{html}</p>";

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A POST form with its antiforgery field around <paramref name="inner"/>.</summary>
    public static string Form(HttpContext http, string action, string inner, string? cssClass = null) =>
        new StringBuilder("<form method=\"post\" action=\"").Append(E(action)).Append('"')
            .Append(cssClass is null ? "" : $" class=\"{cssClass}\"").Append('>').Append(Antiforgery(http)).Append(inner).Append("</form>").ToString();

    public static string Button(string indonesian, string english) => $"<button type=\"submit\">{Bi(indonesian, english)}</button>";

    /// <summary>Trimmed, inner runs of spaces made one; null when blank.</summary>
    public static string? Tidy(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
