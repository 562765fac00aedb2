using System.Text.RegularExpressions;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Conversations;
using LatsarBot.StaffConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Testing.StaffConsole;

/// <summary>
/// The people of the console's tests: the demo institution (organiser Rina, coach Budi of Andi and Siti, coach Dewi with
/// nobody, facilitator Sri), a second institution with its own organiser and participant, and a LAN admin; each member
/// of staff with a web chat the bot can send the sign-in code to.
/// </summary>
public static partial class ConsoleStaff
{
    public const string Organiser = "198207202008012004";
    public const string Coach = "197803152005011003";
    public const string CoachWithNobody = "198004172006042003";
    public const string Facilitator = "196905121994032001";
    public const string OtherOrganiser = "198101012006041005";
    public const string LanAdmin = "197001011995031001";
    public const string OtherInstitution = "BPSDM Provinsi Lain";
    public const string OtherParticipant = "Wayan Lain Sekali";

    /// <summary>Adds the second institution and the LAN admin; returns the ids of the demo's Kelas A and the other class.</summary>
    public static async Task<(int DemoClassId, int OtherClassId)> ArrangeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var other = new Institution { Name = OtherInstitution };
        var kelas = new TrainingClass { Name = "Kelas B1", Cohort = new Cohort { Institution = other, Name = "Angkatan II Provinsi" } };
        db.Classes.Add(kelas);
        db.Staff.Add(new StaffMember { Institution = other, Nip = Nip.FromTrusted(OtherOrganiser), Name = "Made Organiser Lain", StaffRole = Role.Organiser });
        await db.SaveChangesAsync();
        db.Participants.Add(new Participant { InstitutionId = other.Id, Nip = Nip.FromTrusted("199202022022032003"), Name = OtherParticipant, ClassId = kelas.Id, Ndh = 1 });
        await db.SaveChangesAsync();
        await LanAdminSetup.AddAsync(db, LanAdmin, "Admin LAN Pusat", "LAN RI", CancellationToken.None);

        foreach (var staff in await db.Staff.ToListAsync())
        {
            var chat = "staff-chat-" + staff.Id;
            db.ChannelIdentities.Add(new ChannelIdentity { Channel = "webchat", ChannelUserId = chat, ConversationId = chat, PersonId = staff.Id, BoundAt = now });
            db.Conversations.Add(new ConversationRecord { Channel = "webchat", ConversationId = chat, StateJson = "{}", UpdatedAt = now });
        }

        await db.SaveChangesAsync();
        var demoClass = await db.Classes.Where(c => c.Name == "Kelas A").Select(c => c.Id).FirstAsync();
        return (demoClass, kelas.Id);
    }

    /// <summary>The code the bot sent for a sign-in, read from its outbox row as the chat would show it.</summary>
    public static async Task<string> SentCodeAsync(IServiceProvider services, string token)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var payload = await db.Outbox.Where(o => o.Key == "console-sign-in:" + token).Select(o => o.PayloadJson).SingleAsync();
        return CodeIn(payload);
    }

    public static string CodeIn(string text) => SentCode().Match(text) is { Success: true } match
        ? match.Groups[1].Value
        : throw new InvalidOperationException("No sign-in code in: " + text);

    [GeneratedRegex(@"\*([A-Z2-9]{8})\*")]
    private static partial Regex SentCode();
}
