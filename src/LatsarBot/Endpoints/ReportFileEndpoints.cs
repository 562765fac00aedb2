using Microsoft.AspNetCore.Http.HttpResults;
using LatsarBot.Documents.Reports;

namespace LatsarBot.Endpoints;

/// <summary>
/// GET /files/reports/{token}/{name}: a generated draft report. The 128-bit random token is the access check: the
/// URL is sent only to the participant's own conversation. Nothing else is listed or served from the folder.
/// </summary>
public static class ReportFileEndpoints
{
    public static IEndpointRouteBuilder MapReportFileEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(ReportFiles.UrlPrefix + "{token}/{name}", Get).WithTags("Reports");
        return routes;
    }

    private static Results<PhysicalFileHttpResult, NotFound> Get(string token, string name, ReportFiles files, HttpContext context)
    {
        if (files.ExistingPathOf(ReportFiles.UrlPrefix + token + "/" + name) is not { } path)
        {
            return TypedResults.NotFound();
        }

        // Personal data: no shared cache may keep it, and no search engine may list it.
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        var type = name.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "text/markdown; charset=utf-8";
        return TypedResults.PhysicalFile(path, type, fileDownloadName: name);
    }
}
