using LatsarBot.Core.Participants;

namespace LatsarBot.StaffConsole;

/// <summary>Who may change or take out an institution's data in the console: its organisers and LAN admins, not coaches.</summary>
public static class ConsoleRoles
{
    public static bool ManagesData(ConsoleUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role is Role.Organiser or Role.LanAdmin;
    }

    public static IResult Forbidden(HttpContext http, ConsoleUser user) =>
        ConsoleHtml.Page(http, "Tidak diizinkan", "Not allowed",
            $"<p>{ConsoleHtml.Bi("Halaman ini untuk penyelenggara dan admin LAN.", "This page is for organisers and LAN admins.")}</p>", user, StatusCodes.Status403Forbidden);
}
