using LatsarBot.Core.Coaching;
using LatsarBot.Dialogs.Coaching;
using LatsarBot.Learning.Coaching;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Tests.Coaching;

/// <summary>
/// Every denial of the access rule (a coach only their participants, a mentor only theirs and only to read and
/// acknowledge, a participant only their own), through button values a person could press from an old message or forge.
/// A denial says so politely and writes nothing.
/// </summary>
public sealed class LogbookAccessTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private CoachingFixture _f = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync();
        _f = await CoachingFixture.SetUpAsync(_bot);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    public static TheoryData<string, string> Denials => new()
    {
        // Another coach's participant.
        { "dewi", "open:andi" },
        { "dewi", "reply:andi" },
        { "dewi", "log:andi" },
        { "dewi", "entry:andi" },
        { "dewi", "comment:andi" },
        { "dewi", "review:andi" },
        // A coach is not the mentor.
        { "budi", "ack:andi" },
        // A mentor reads and acknowledges the logbook, only of their own participants, and does not read the coaching thread.
        { "joko", "open:andi" },
        { "joko", "reply:andi" },
        { "joko", "comment:andi" },
        { "joko", "review:andi" },
        { "joko", "log:siti" },
        { "joko", "entry:siti" },
        { "joko", "ack:siti" },
        // An organiser sees who is overdue, not what was written.
        { "rina", "open:andi" },
        { "rina", "log:andi" },
        { "rina", "entry:andi" },
        // A participant, only their own.
        { "andi", "open:siti" },
        { "andi", "log:siti" },
        { "andi", "entry:siti" },
        { "andi", "review:andi" },
        // Ids that do not exist are denied the same way.
        { "budi", "open:nobody" },
        { "budi", "entry:nobody" },
    };

    [Theory]
    [MemberData(nameof(Denials))]
    public async Task Button_ForSomeoneElsesParticipant_PoliteDenialAndNothingWritten(string who, string button)
    {
        var flow = await CoachingFixture.ChatAsync(_bot, Person(who));

        await flow.PressAsync(Value(button));

        flow.AssertReply(ThreadMsg.Denied);
        await using var db = _bot.NewContext();
        Assert.Equal(0, await db.ThreadMessages.CountAsync());
        Assert.Equal(0, await db.EntryReviews.CountAsync());
    }

    [Fact]
    public async Task StaleButton_ParticipantMovedToAnotherCoach_DeniedAndNothingRelayed()
    {
        var budi = await CoachingFixture.ChatAsync(_bot, _f.Budi);
        await budi.SendAsync("/coach");
        var list = budi.TakeAll()[^1];
        var andiButton = list.Buttons.Single(b => b.Title.Contains("Andi", StringComparison.Ordinal));
        await budi.PressAsync(andiButton.Value);
        var thread = budi.TakeAll()[^1];
        await budi.PressAsync(thread.Buttons.Single(b => b.Value == CoachingValues.Reply(_f.Andi)).Value);
        budi.TakeAll();
        await using (var db = _bot.NewContext())
        {
            var andi = await db.Participants.SingleAsync(p => p.Id == _f.Andi);
            andi.CoachId = _f.Dewi;
            await db.SaveChangesAsync();
        }

        await budi.SendAsync("Jawaban yang tidak boleh sampai");
        await budi.PressAsync(CoachingValues.Open(_f.Andi));

        budi.AssertReply(ThreadMsg.Denied);
        Assert.Contains(budi.TakeAll(), r => r.Text == _bot.Messages.Text(Core.Participants.Language.Id, ThreadMsg.Denied));
        await using var check = _bot.NewContext();
        Assert.Equal(0, await check.ThreadMessages.CountAsync());
        Assert.Equal(0, await check.Outbox.CountAsync(o => o.Key != null && o.Key.StartsWith("thread:")));
    }

    [Fact]
    public async Task CoachList_ShowsOnlyTheirOwnParticipants()
    {
        var dewi = await CoachingFixture.ChatAsync(_bot, _f.Dewi);

        await dewi.SendAsync("/coach");

        var list = dewi.TakeAll()[^1];
        Assert.Contains("Siti Rahmawati", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Andi", list.Text, StringComparison.Ordinal);
        Assert.Equal([CoachingValues.Open(_f.Siti), CoachingValues.Back], list.Buttons.Select(b => b.Value));
    }

    [Fact]
    public void Rule_EachRoleAndAction_AsTheTableSays()
    {
        var andi = new Core.Participants.Participant { Id = 1, Name = "A", CoachId = 10, MentorId = 20 };
        var coach = new Core.Participants.StaffMember { Id = 10, Name = "C", StaffRole = Core.Participants.Role.Coach };
        var otherCoach = new Core.Participants.StaffMember { Id = 11, Name = "C2", StaffRole = Core.Participants.Role.Coach };
        var mentor = new Core.Participants.StaffMember { Id = 20, Name = "M", StaffRole = Core.Participants.Role.Mentor };
        var mentorIdAsCoach = new Core.Participants.StaffMember { Id = 20, Name = "X", StaffRole = Core.Participants.Role.Coach };
        var other = new Core.Participants.Participant { Id = 2, Name = "B", CoachId = 10 };

        Assert.Equal([true, true, true, true, false], Actions(coach, andi));
        Assert.Equal([false, false, false, false, false], Actions(otherCoach, andi));
        Assert.Equal([true, false, false, false, true], Actions(mentor, andi));
        Assert.Equal([false, false, false, false, false], Actions(mentorIdAsCoach, andi));
        Assert.Equal([true, true, true, false, false], Actions(andi, andi));
        Assert.Equal([false, false, false, false, false], Actions(other, andi));
    }

    private static bool[] Actions(Core.Participants.Person viewer, Core.Participants.Participant subject) =>
        [.. new[] { LogbookAction.Read, LogbookAction.ReadThread, LogbookAction.Reply, LogbookAction.Review, LogbookAction.Acknowledge }.Select(a => LogbookAccess.Allows(viewer, subject, a))];

    private int Person(string who) => who switch
    {
        "andi" => _f.Andi,
        "budi" => _f.Budi,
        "dewi" => _f.Dewi,
        "joko" => _f.Joko,
        "rina" => _f.Rina,
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    /// <summary>"review:andi" → "thread.review:{Andi's entry}"; entry actions take the entry's id, the others the participant's.</summary>
    private string Value(string button)
    {
        var (action, whose) = (button.Split(':')[0], button.Split(':')[1]);
        var entryAction = action is "entry" or "comment" or "review" or "ack";
        var id = whose switch
        {
            "andi" => entryAction ? _f.AndiEntry : _f.Andi,
            "siti" => entryAction ? _f.SitiEntry : _f.Siti,
            _ => 999_999,
        };
        return $"thread.{action}:{id}";
    }
}
