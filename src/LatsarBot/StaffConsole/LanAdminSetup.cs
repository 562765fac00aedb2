using LatsarBot.Core.Participants;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.StaffConsole;

/// <summary>
/// The first LAN admin, made from the command line (issue 15, item 1): the console's sign-in needs a chat to send the
/// code to, so a new admin also gets a one-time enrolment code to bind a chat with, exactly as staff do in the demo.
/// </summary>
public static class LanAdminSetup
{
    public sealed record Outcome(string? Error, bool Created = false, string? EnrolmentCode = null);

    public static async Task<Outcome> AddAsync(LatsarDb db, CodeHasher hasher, string nipText, string name, string institutionName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Nip.Parse(nipText).Nip is not { } nip)
        {
            return new Outcome($"'{nipText}' is not a valid NIP (18 digits)");
        }

        var person = await db.People.FirstOrDefaultAsync(p => p.Nip == nip, cancellationToken);
        if (person is Participant)
        {
            return new Outcome($"NIP {nip} is a participant; a LAN admin must be staff");
        }

        var created = person is null;
        if (person is not StaffMember staff)
        {
            var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Name == institutionName, cancellationToken)
                ?? db.Institutions.Add(new Institution { Name = institutionName }).Entity;
            staff = new StaffMember { Institution = institution, Nip = nip, Name = name, StaffRole = Role.LanAdmin };
            db.Staff.Add(staff);
        }

        staff.StaffRole = Role.LanAdmin;
        string? code = null;
        if (created || !await db.ChannelIdentities.AnyAsync(i => i.PersonId == staff.Id, cancellationToken))
        {
            code = EnrolmentCode.Generate();
            staff.EnrolmentCodeHash = hasher.Enrolment(nip.Value, code);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(null, created, code);
    }
}
