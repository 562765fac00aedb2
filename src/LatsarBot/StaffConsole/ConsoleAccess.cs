using LatsarBot.Core.Participants;
using LatsarBot.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.StaffConsole;

/// <summary>
/// The one place the console's scope is enforced (issue 15, item 2): every page asks these queries for what it lists,
/// and <see cref="ConsoleAccessHandler"/> checks every id in a URL against them before a handler runs, so another
/// institution's class is a 403 whether it exists or not. The rule itself is Core's <see cref="ConsoleScope"/>.
/// </summary>
public static class ConsoleAccess
{
    public const string Policy = "console";

    /// <summary>The participants the scope may see; written so the database filters, never the page.</summary>
    public static IQueryable<Participant> Participants(LatsarDb db, ConsoleScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Role switch
        {
            Role.LanAdmin => db.Participants,
            Role.Organiser => db.Participants.Where(p => p.InstitutionId == scope.InstitutionId),
            Role.Coach => db.Participants.Where(p => p.CoachId == scope.StaffId),
            _ => db.Participants.Where(_ => false),
        };
    }

    /// <summary>The classes the scope may open: every class of a visible institution, or for a coach the classes of their participants.</summary>
    public static IQueryable<TrainingClass> Classes(LatsarDb db, ConsoleScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Role switch
        {
            Role.LanAdmin => db.Classes,
            Role.Organiser => db.Classes.Where(c => c.Cohort!.InstitutionId == scope.InstitutionId),
            Role.Coach => db.Classes.Where(c => db.Participants.Any(p => p.ClassId == c.Id && p.CoachId == scope.StaffId)),
            _ => db.Classes.Where(_ => false),
        };
    }
}

/// <summary>The console policy's requirement: a signed-in member of staff, allowed to see every id the URL names.</summary>
public sealed class ConsoleAccessRequirement : IAuthorizationRequirement;

public sealed class ConsoleAccessHandler : AuthorizationHandler<ConsoleAccessRequirement>
{
    /// <summary>The route values that name something scoped; a new page with another id adds its check here.</summary>
    public const string ClassId = "classId";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ConsoleAccessRequirement requirement)
    {
        if (context.Resource is not HttpContext http || await ConsoleUser.OfAsync(http, http.RequestAborted) is not { } user)
        {
            return;
        }

        if (http.Request.RouteValues.TryGetValue(ClassId, out var value))
        {
            var db = http.RequestServices.GetRequiredService<LatsarDb>();
            if (!int.TryParse(value?.ToString(), out var classId)
                || !await ConsoleAccess.Classes(db, user.Scope).AnyAsync(c => c.Id == classId, http.RequestAborted))
            {
                context.Fail(new AuthorizationFailureReason(this, "The class is outside the signed-in scope."));
                return;
            }
        }

        context.Succeed(requirement);
    }
}
