using System.Globalization;
using LatsarBot.Bot.Messages;
using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Dialogs.Announcements;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.StaffConsole.Announcements;

/// <summary>
/// An audience as the console's select names it: "i:ID" a whole institution, "r:ID:coach|mentor|participant" one role
/// across an institution (as the chat's and the CLI's role audiences), "a:ID" a cohort (angkatan), "k:ID" a class;
/// resolved only within what the signed-in scope manages, into the same pick the chat makes.
/// </summary>
public sealed record ConsoleAudience(string Value, string Label, int InstitutionId, AnnouncementAudienceDialog.Pick Pick)
{
    /// <summary>Every audience the scope may address, institutions first, then their cohorts and classes.</summary>
    public static async Task<IReadOnlyList<ConsoleAudience>> ChoicesAsync(LatsarDb db, ConsoleScope scope, MessageCatalog messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var everyone = messages.Text(Language.Id, AnnouncementMsg.LabelAll);
        var institutions = await ConsoleAccess.ManagedInstitutions(db, scope).AsNoTracking().OrderBy(i => i.Name).Select(i => new { i.Id, i.Name }).ToListAsync(cancellationToken);
        var cohorts = await ConsoleAccess.ManagedCohorts(db, scope).AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name, c.InstitutionId }).ToListAsync(cancellationToken);
        var cohortIds = cohorts.Select(c => c.Id).ToList();
        var classes = await db.Classes.AsNoTracking().Where(c => cohortIds.Contains(c.CohortId)).OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.CohortId }).ToListAsync(cancellationToken);
        var list = new List<ConsoleAudience>();
        foreach (var institution in institutions)
        {
            list.Add(new ConsoleAudience("i:" + N(institution.Id), $"{institution.Name}: semua peserta dan staf", institution.Id,
                new AnnouncementAudienceDialog.Pick(AudienceKind.All, null, null, null, everyone)));
            foreach (var (code, role) in Roles)
            {
                var label = messages.Text(Language.Id, AnnouncementMsg.LabelOf(role));
                list.Add(new ConsoleAudience($"r:{N(institution.Id)}:{code}", $"{institution.Name}: {label}", institution.Id,
                    new AnnouncementAudienceDialog.Pick(AudienceKind.Role, null, null, role, label)));
            }

            foreach (var cohort in cohorts.Where(c => c.InstitutionId == institution.Id))
            {
                list.Add(new ConsoleAudience("a:" + N(cohort.Id), $"{cohort.Name}", institution.Id,
                    new AnnouncementAudienceDialog.Pick(AudienceKind.Cohort, cohort.Id, null, null, cohort.Name)));
                foreach (var kelas in classes.Where(c => c.CohortId == cohort.Id))
                {
                    list.Add(new ConsoleAudience("k:" + N(kelas.Id), $"{cohort.Name} / {kelas.Name}", institution.Id,
                        new AnnouncementAudienceDialog.Pick(AudienceKind.Class, cohort.Id, kelas.Id, null, $"{cohort.Name} / {kelas.Name}")));
                }
            }
        }

        return list;
    }

    // The roles the chat's audience menu offers, labelled as there, so an announcement reads the same wherever it was made.
    private static readonly (string Code, Role Role)[] Roles =
    [
        ("participant", Role.Participant),
        ("coach", Role.Coach),
        ("mentor", Role.Mentor),
    ];

    private static string N(int id) => id.ToString(CultureInfo.InvariantCulture);
}
