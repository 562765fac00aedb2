using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using LatsarBot.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Endpoints;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", GetHealthAsync).WithTags("Health");
        return routes;
    }

    public sealed record Health(string Status, string Database, DispatcherHealth Dispatcher);

    public sealed record DispatcherHealth(bool Running, DateTimeOffset? LastRunAt, long Pending, long Sent, long Failed, string? LastError);

    private static async Task<Results<Ok<Health>, JsonHttpResult<Health>>> GetHealthAsync(
        LatsarDb db, DispatcherStatus dispatcher, CancellationToken cancellationToken)
    {
        string database;
        long pending = -1;
        try
        {
            pending = await db.Outbox.LongCountAsync(o => o.Status == OutboxStatus.Pending, cancellationToken);
            database = "ok";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            database = "error: " + e.Message;
        }

        var dispatch = new DispatcherHealth(dispatcher.Running, dispatcher.LastRunAt, pending, dispatcher.Sent, dispatcher.Failed, dispatcher.LastError);
        var healthy = database == "ok" && dispatcher.Running;
        var health = new Health(healthy ? "ok" : "degraded", database, dispatch);
        return healthy ? TypedResults.Ok(health) : TypedResults.Json(health, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
