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
/// <remarks>
/// DOMAIN.md B.7 and A.3: a LAN admin sees and manages every institution, an organiser their own; a coach sees the
/// participants they coach, a mentor (the direct superior) their mentees; a facilitator and an examiner see the classes
/// they are appointed to (<see cref="ClassStaff"/>, or a facilitator's agenda assignment). Only organisers and LAN admins
/// change anything. What may be read of a participant's logbook and thread is LogbookAccess's, on the participant page.
/// </remarks>
public static class ConsoleAccess
{
    public const string Policy = "console";

    /// <summary>Whether the scope may create and edit cohorts, classes, staff, codes and announcements.</summary>
    public static bool CanManage(ConsoleScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Role is Role.LanAdmin or Role.Organiser;
    }

    /// <summary>The participants the scope may see; written so the database filters, never the page.</summary>
    public static IQueryable<Participant> Participants(LatsarDb db, ConsoleScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var staffId = scope.StaffId;
        return scope.Role switch
        {
            Role.LanAdmin => db.Participants,
            Role.Organiser => db.Participants.Where(p => p.InstitutionId == scope.InstitutionId),
            Role.Coach => db.Participants.Where(p => p.CoachId == staffId),
            Role.Mentor => db.Participants.Where(p => p.MentorId == staffId),
            Role.Facilitator => db.Participants.Where(p =>
                db.ClassStaff.Any(s => s.ClassId == p.ClassId && s.StaffId == staffId && s.Role == Role.Facilitator)
                || db.FacilitatorAssignments.Any(f => f.ClassId == p.ClassId && f.StaffId == staffId)),
            Role.Examiner => db.Participants.Where(p => db.ClassStaff.Any(s => s.ClassId == p.ClassId && s.StaffId == staffId && s.Role == Role.Examiner)),
            _ => db.Participants.Where(_ => false),
        };
    }

    /// <summary>The classes the scope may open: every class of a visible institution, the classes of the participants they see, or those they are appointed to.</summary>
    public static IQueryable<TrainingClass> Classes(LatsarDb db, ConsoleScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var staffId = scope.StaffId;
        var role = scope.Role;
        return scope.Role switch
        {
            Role.LanAdmin => db.Classes,
            Role.Organiser => db.Classes.Where(c => c.Cohort!.InstitutionId == scope.InstitutionId),
            Role.Coach or Role.Mentor => db.Classes.Where(c =>
                Participants(db, scope).Any(p => p.ClassId == c.Id) || db.ClassStaff.Any(s => s.ClassId == c.Id && s.StaffId == staffId && s.Role == role)),
            Role.Facilitator => db.Classes.Where(c =>
                db.ClassStaff.Any(s => s.ClassId == c.Id && s.StaffId == staffId && s.Role == Role.Facilitator)
                || db.FacilitatorAssignments.Any(f => f.ClassId == c.Id && f.StaffId == staffId)),
            Role.Examiner => db.Classes.Where(c => db.ClassStaff.Any(s => s.ClassId == c.Id && s.StaffId == staffId && s.Role == Role.Examiner)),
            _ => db.Classes.Where(_ => false),
        };
    }

    /// <summary>The cohorts the scope may manage: every cohort for a LAN admin, their institution's for an organiser, none otherwise.</summary>
    public static IQueryable<Cohort> ManagedCohorts(LatsarDb db, ConsoleScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Role switch
        {
            Role.LanAdmin => db.Cohorts,
            Role.Organiser => db.Cohorts.Where(c => c.InstitutionId == scope.InstitutionId),
            _ => db.Cohorts.Where(_ => false),
        };
    }

    /// <summary>The institutions the scope may manage (create cohorts in, announce to).</summary>
    public static IQueryable<Institution> ManagedInstitutions(LatsarDb db, ConsoleScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Role switch
        {
            Role.LanAdmin => db.Institutions,
            Role.Organiser => db.Institutions.Where(i => i.Id == scope.InstitutionId),
            _ => db.Institutions.Where(_ => false),
        };
    }

    /// <summary>The announcements the scope may see and cancel: those of the institutions it manages.</summary>
    public static IQueryable<Core.Announcements.Announcement> Announcements(LatsarDb db, ConsoleScope scope)
    {
        var institutions = ManagedInstitutions(db, scope).Select(i => i.Id);
        return db.Announcements.Where(a => institutions.Contains(a.InstitutionId));
    }
}

/// <summary>The console policy's requirement: a signed-in member of staff, allowed to see every id the URL names.</summary>
public sealed class ConsoleAccessRequirement : IAuthorizationRequirement;

public sealed class ConsoleAccessHandler : AuthorizationHandler<ConsoleAccessRequirement>
{
    /// <summary>The route values that name something scoped; a new page with another id adds its check here.</summary>
    public const string ClassId = "classId";

    public const string CohortId = "cohortId";

    public const string ParticipantId = "participantId";

    public const string AnnouncementId = "announcementId";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ConsoleAccessRequirement requirement)
    {
        if (context.Resource is not HttpContext http || await ConsoleUser.OfAsync(http, http.RequestAborted) is not { } user)
        {
            return;
        }

        var db = http.RequestServices.GetRequiredService<LatsarDb>();
        var scope = user.Scope;
        var cancellationToken = http.RequestAborted;
        if (!await AllowedAsync(http, ClassId, id => ConsoleAccess.Classes(db, scope).AnyAsync(c => c.Id == id, cancellationToken))
            || !await AllowedAsync(http, CohortId, id => ConsoleAccess.ManagedCohorts(db, scope).AnyAsync(c => c.Id == id, cancellationToken))
            || !await AllowedAsync(http, ParticipantId, id => ConsoleAccess.Participants(db, scope).AnyAsync(p => p.Id == id, cancellationToken))
            || !await AllowedAsync(http, AnnouncementId, id => ConsoleAccess.Announcements(db, scope).AnyAsync(a => a.Id == id, cancellationToken)))
        {
            context.Fail(new AuthorizationFailureReason(this, "An id in the URL is outside the signed-in scope."));
            return;
        }

        context.Succeed(requirement);
    }

    /// <summary>True when the route has no such value, or its id is one the scope may open.</summary>
    private static async Task<bool> AllowedAsync(HttpContext http, string name, Func<int, Task<bool>> inScope) =>
        !http.Request.RouteValues.TryGetValue(name, out var value)
        || (int.TryParse(value?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var id) && await inScope(id));
}
