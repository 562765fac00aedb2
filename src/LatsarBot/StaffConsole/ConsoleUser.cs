using System.Security.Claims;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.StaffConsole;

/// <summary>
/// The signed-in member of staff as the database says now: the cookie carries only their id, so a changed role or
/// institution, or a removed person, takes effect on the next request instead of when the 8-hour session ends.
/// </summary>
public sealed record ConsoleUser(int StaffId, string Name, Role Role, int InstitutionId, string InstitutionName, TimeZoneCode TimeZone)
{
    private static readonly object ItemKey = new();

    public ConsoleScope Scope => new(StaffId, Role, InstitutionId);

    public static ClaimsPrincipal Principal(StaffMember staff, string scheme)
    {
        ArgumentNullException.ThrowIfNull(staff);
        Claim[] claims = [new(ClaimTypes.NameIdentifier, staff.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new(ClaimTypes.Name, staff.Name)];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The request's user, read once per request; null when not signed in or no longer staff.</summary>
    public static async Task<ConsoleUser?> OfAsync(HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Items.TryGetValue(ItemKey, out var known))
        {
            return (ConsoleUser?)known;
        }

        ConsoleUser? user = null;
        if (int.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var staffId))
        {
            var db = http.RequestServices.GetRequiredService<LatsarDb>();
            user = await db.Staff.AsNoTracking().Where(s => s.Id == staffId)
                .Select(s => new ConsoleUser(s.Id, s.Name, s.StaffRole, s.InstitutionId, s.Institution!.Name, s.TimeZone))
                .FirstOrDefaultAsync(cancellationToken);
        }

        http.Items[ItemKey] = user;
        return user;
    }
}
