using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Dialogs.Coaching;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Tests.Coaching;

/// <summary>
/// /penugasan on the demo data: Budi taught Kelas A online and coaches; Sri (I, II), Agus (III) and Dewi (II, IV, a coach
/// who did not teach Kelas A online) facilitate, and Budi also facilitates I and IV. The demo participants start without a coach here.
/// </summary>
public sealed class AssignmentDialogTests : IAsyncLifetime
{
    private const string OrganiserNip = "198207202008012004";
    private const string CoachNip = "197803152005011003";
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync();
        await using var db = _bot.NewContext();
        await db.Participants.ExecuteUpdateAsync(s => s.SetProperty(p => p.CoachId, (int?)null));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Penugasan_OrganiserAppliesTheClassProposal_CoachesAndFacilitatorsWritten()
    {
        var flow = await LoggedInAsync(OrganiserNip);
        await flow.SendAsync("/penugasan");
        var pick = flow.AssertReply(CoachingMsg.Pick);

        await flow.PressAsync(pick.Buttons.Single(b => b.Value.StartsWith("class:", StringComparison.Ordinal)).Value);

        var proposal = flow.AssertReply(r => Assert.StartsWith(Text(CoachingMsg.Title, ("scope", "Angkatan I Tahun 2026 / Kelas A")), r.Text, StringComparison.Ordinal)).Text;
        Assert.Contains(Text(CoachingMsg.Coach, ("name", "Dr. Budi Santoso, M.Si."), ("count", 2), ("participants", "Andi Pratama, Siti Rahmawati")), proposal, StringComparison.Ordinal);
        Assert.Contains(Text(CoachingMsg.Facilitator, ("agenda", "III"), ("name", "Agus Salim, S.T., M.Kom.")), proposal, StringComparison.Ordinal);
        var confirm = flow.AssertReply(CoachingMsg.Confirm);
        Assert.Equal(["apply", "cancel"], confirm.Buttons.Select(b => b.Value));
        await using (var before = _bot.NewContext())
        {
            Assert.False(await before.FacilitatorAssignments.AnyAsync());
        }

        await flow.PressAsync("apply");

        flow.AssertReply(CoachingMsg.Applied, ("participants", 2), ("agendas", 4));
        await using var db = _bot.NewContext();
        var budi = await db.Staff.SingleAsync(s => s.Nip == Nip.FromTrusted(CoachNip));
        Assert.All(await db.Participants.ToListAsync(), p => Assert.Equal(budi.Id, p.CoachId));
        var staff = await db.Staff.ToDictionaryAsync(s => s.Id, s => s.Name);
        var facilitators = await db.FacilitatorAssignments.OrderBy(a => a.Agenda).Select(a => new { a.Agenda, a.StaffId }).ToListAsync();
        Assert.Equal(
            [("I", "Dr. Budi Santoso, M.Si."), ("II", "Dra. Sri Lestari, M.Pd."), ("III", "Agus Salim, S.T., M.Kom."), ("IV", "Dewi Kartika, M.Si.")],
            facilitators.Select(f => (f.Agenda, staff[f.StaffId])));
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal((Data.Audit.AuditActions.TeachingAssign, "Organiser", "2 participants given a coach, 4 agendas given a facilitator"), (audit.Action, audit.ActorRole, audit.Detail));
    }

    [Fact]
    public async Task Penugasan_OrganiserCancels_NothingWritten()
    {
        var flow = await LoggedInAsync(OrganiserNip);
        await flow.SendAsync("/penugasan");
        var pick = flow.AssertReply(CoachingMsg.Pick);
        await flow.PressAsync(pick.Buttons.Single(b => b.Value.StartsWith("cohort:", StringComparison.Ordinal)).Value);
        flow.TakeAll();

        await flow.PressAsync("cancel");

        flow.AssertReply(CoachingMsg.Cancelled);
        await using var db = _bot.NewContext();
        Assert.False(await db.FacilitatorAssignments.AnyAsync());
        Assert.All(await db.Participants.ToListAsync(), p => Assert.Null(p.CoachId));
    }

    [Fact]
    public async Task Penugasan_DataChangedBeforeApply_ShowsTheNewProposalInsteadOfApplying()
    {
        var flow = await LoggedInAsync(OrganiserNip);
        await flow.SendAsync("/penugasan");
        var pick = flow.AssertReply(CoachingMsg.Pick);
        await flow.PressAsync(pick.Buttons.Single(b => b.Value.StartsWith("class:", StringComparison.Ordinal)).Value);
        flow.TakeAll();
        await using (var db = _bot.NewContext())
        {
            // Dewi is found to have taught Kelas A online too: the coaches now split the class.
            var dewi = await db.Staff.SingleAsync(s => s.Name == "Dewi Kartika, M.Si.");
            var kelas = await db.Classes.SingleAsync();
            db.ClassTeachings.Add(new ClassTeaching { ClassId = kelas.Id, StaffId = dewi.Id, Stage = TeachingStage.Online });
            await db.SaveChangesAsync();
        }

        await flow.PressAsync("apply");

        flow.AssertReply(CoachingMsg.Changed);
        var proposal = flow.AssertReply(r => Assert.Contains(Text(CoachingMsg.Coach, ("name", "Dewi Kartika, M.Si."), ("count", 1), ("participants", "Siti Rahmawati")), r.Text, StringComparison.Ordinal));
        flow.AssertReply(CoachingMsg.Confirm);
        await using var after = _bot.NewContext();
        Assert.All(await after.Participants.ToListAsync(), p => Assert.Null(p.CoachId));
        Assert.Contains(Text(CoachingMsg.CoachLoad, ("min", 1), ("max", 1)), proposal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Penugasan_Participant_PoliteRefusalAndTheMenuAgain()
    {
        var flow = await MoocFixture.LoggedInAsync(_bot);

        await flow.SendAsync("/penugasan");

        flow.AssertReply(CoachingMsg.OnlyOrganisers);
        var menu = flow.AssertReply(Msg.MenuTitle);
        Assert.DoesNotContain(menu.Buttons, b => b.Value == "assignment");
        await using var db = _bot.NewContext();
        Assert.False(await db.FacilitatorAssignments.AnyAsync());
    }

    [Fact]
    public async Task Penugasan_Coach_RefusedToo()
    {
        var flow = await LoggedInAsync(CoachNip);

        await flow.SendAsync("/penugasan");

        flow.AssertReply(CoachingMsg.OnlyOrganisers);
    }

    [Fact]
    public async Task Menu_Organiser_HasTheAssignmentButtonThatOpensIt()
    {
        var flow = await LoggedInAsync(OrganiserNip);
        await flow.SendAsync("/menu");
        var menu = flow.AssertReply(Msg.MenuTitle);
        Assert.Contains(menu.Buttons, b => b.Value == "assignment");

        await flow.PressAsync("assignment");

        flow.AssertReply(CoachingMsg.Pick);
    }

    [Fact]
    public async Task Plan_ParticipantWithMentorAndCoach_ShowsBothWithTheMentorsPhone()
    {
        await using (var db = _bot.NewContext())
        {
            var budi = await db.Staff.SingleAsync(s => s.Nip == Nip.FromTrusted(CoachNip));
            await db.Participants.Where(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip)).ExecuteUpdateAsync(s => s.SetProperty(p => p.CoachId, budi.Id));
        }

        var flow = await MoocFixture.LoggedInAsync(_bot);
        await flow.SendAsync("/aktualisasi");
        flow.TakeAll();

        await flow.PressAsync("plan");

        var plan = flow.AssertReply(r => Assert.StartsWith(Text(ActualizationMsg.PlanTitle, ("list", "")), r.Text, StringComparison.Ordinal)).Text;
        Assert.Contains(Text(CoachingMsg.PlanMentorPhone, ("name", "Ir. Hendra Wijaya"), ("phone", "+6281200000008")), plan, StringComparison.Ordinal);
        Assert.Contains(Text(CoachingMsg.PlanCoach, ("name", "Dr. Budi Santoso, M.Si.")), plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_ParticipantWithoutMentorOrCoach_SaysNotSetYet()
    {
        var flow = await LoggedInAsync("199505152022032002");
        await flow.SendAsync("/aktualisasi");
        flow.TakeAll();

        await flow.PressAsync("plan");

        var plan = flow.AssertReply(r => Assert.StartsWith(Text(ActualizationMsg.PlanTitle, ("list", "")), r.Text, StringComparison.Ordinal)).Text;
        Assert.Contains(Text(CoachingMsg.PlanMentorNone) + "\n" + Text(CoachingMsg.PlanCoachNone), plan, StringComparison.Ordinal);
    }

    private string Text(string key, params (string Name, object? Value)[] args) => _bot.Messages.Text(Language.Id, key, args);

    private Task<TestFlow> LoggedInAsync(string nip) => DemoPeople.LoggedInAsync(_bot, nip: nip);
}
