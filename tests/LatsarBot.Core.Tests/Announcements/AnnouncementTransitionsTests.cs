using LatsarBot.Core.Announcements;

namespace LatsarBot.Core.Tests.Announcements;

public sealed class AnnouncementTransitionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    public enum Stage
    {
        Draft,
        Sending,
        Scheduled,
        Delivering,
        Completed,
        Cancelled,
    }

    [Fact]
    public void SendNow_Draft_IsSendingWithNoTime()
    {
        var announcement = ADraft();

        announcement.SendNow();

        Assert.Equal((AnnouncementStatus.Sending, (DateTimeOffset?)null), (announcement.Status, announcement.ScheduledFor));
    }

    [Fact]
    public void Schedule_TimeToCome_IsScheduledForIt()
    {
        var announcement = ADraft();

        announcement.Schedule(Now.AddMinutes(1), Now);

        Assert.Equal((AnnouncementStatus.Scheduled, (DateTimeOffset?)Now.AddMinutes(1)), (announcement.Status, announcement.ScheduledFor));
    }

    [Theory]
    [InlineData(0)] // now is not to come
    [InlineData(-1)]
    public void Schedule_TimeNotToCome_ThrowsAndStaysADraft(int minutes)
    {
        var announcement = ADraft();

        Assert.Throws<AnnouncementRuleException>(() => announcement.Schedule(Now.AddMinutes(minutes), Now));
        Assert.Equal(AnnouncementStatus.Draft, announcement.Status);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void CanScheduleFor_OnlyATimeAfterNow(int minutes, bool allowed) =>
        Assert.Equal(allowed, Announcement.CanScheduleFor(Now.AddMinutes(minutes), Now));

    [Theory]
    [InlineData(Stage.Sending)]
    [InlineData(Stage.Scheduled)]
    [InlineData(Stage.Delivering)]
    [InlineData(Stage.Completed)]
    [InlineData(Stage.Cancelled)]
    public void SendNowOrSchedule_AlreadyReleased_Throws(Stage stage)
    {
        var announcement = At(stage);

        Assert.Throws<AnnouncementRuleException>(announcement.SendNow);
        Assert.Throws<AnnouncementRuleException>(() => announcement.Schedule(Now.AddDays(1), Now));
    }

    [Theory]
    [InlineData(Stage.Sending)]
    [InlineData(Stage.Scheduled)]
    [InlineData(Stage.Delivering)]
    public void TryWithdraw_MayStillGoOut_CancelledAtNow(Stage stage)
    {
        var announcement = At(stage);

        var withdrawn = announcement.TryWithdraw(Now);

        Assert.True(withdrawn);
        Assert.Equal((AnnouncementStatus.Cancelled, (DateTimeOffset?)Now), (announcement.Status, announcement.CancelledAt));
    }

    [Theory]
    [InlineData(Stage.Draft, AnnouncementStatus.Draft)]
    [InlineData(Stage.Completed, AnnouncementStatus.Completed)]
    [InlineData(Stage.Cancelled, AnnouncementStatus.Cancelled)]
    public void TryWithdraw_NotGoingOut_FalseAndUnchanged(Stage stage, AnnouncementStatus status)
    {
        var announcement = At(stage);
        var cancelledAt = announcement.CancelledAt;

        var withdrawn = announcement.TryWithdraw(Now.AddHours(1));

        Assert.False(withdrawn);
        Assert.Equal((status, cancelledAt), (announcement.Status, announcement.CancelledAt));
    }

    /// <summary>The query form the stores use must say what the object says, for every status.</summary>
    [Theory]
    [InlineData(Stage.Draft)]
    [InlineData(Stage.Sending)]
    [InlineData(Stage.Scheduled)]
    [InlineData(Stage.Delivering)]
    [InlineData(Stage.Completed)]
    [InlineData(Stage.Cancelled)]
    public void WithdrawableAndOpen_QueryForms_AgreeWithTheObject(Stage stage)
    {
        var announcement = At(stage);

        Assert.Equal(announcement.IsWithdrawable, Announcement.Withdrawable.Compile()(announcement));
        Assert.Equal(!announcement.HasEnded, Announcement.Open.Compile()(announcement));
    }

    [Theory]
    [InlineData(Stage.Draft, false, false)]
    [InlineData(Stage.Sending, false, true)]
    [InlineData(Stage.Scheduled, false, false)] // before its time
    [InlineData(Stage.Scheduled, true, true)] // its trigger fired: the scheduler's clock decides
    [InlineData(Stage.Delivering, false, true)] // a fan-out cut short runs again; its keys skip what is in
    [InlineData(Stage.Completed, true, false)]
    [InlineData(Stage.Cancelled, true, false)]
    public void IsDue_ByStageAndTrigger(Stage stage, bool fired, bool due) =>
        Assert.Equal(due, At(stage).IsDue(Now, fired));

    [Fact]
    public void IsDue_ScheduledTimeReached_DueWithoutTheTrigger()
    {
        var announcement = ADraft();
        announcement.Schedule(Now.AddHours(1), Now);

        var due = announcement.IsDue(Now.AddHours(1), fired: false);

        Assert.True(due);
    }

    [Fact]
    public void MarkFannedOut_Sending_DeliveringWithTheUnreachableCount()
    {
        var announcement = At(Stage.Sending);

        announcement.MarkFannedOut(Now, unreachable: 3);

        Assert.Equal((AnnouncementStatus.Delivering, (DateTimeOffset?)Now, 3), (announcement.Status, announcement.FannedOutAt, announcement.UnreachableAtEnqueue));
    }

    [Theory]
    [InlineData(Stage.Draft)]
    [InlineData(Stage.Completed)]
    [InlineData(Stage.Cancelled)]
    public void MarkFannedOut_NotReleasedOrEnded_Throws(Stage stage) =>
        Assert.Throws<AnnouncementRuleException>(() => At(stage).MarkFannedOut(Now, 0));

    [Theory]
    [InlineData(Stage.Delivering, AnnouncementStatus.Completed)]
    [InlineData(Stage.Cancelled, AnnouncementStatus.Cancelled)]
    public void Close_DeliveringOrCancelled_ReportedAtNow(Stage stage, AnnouncementStatus closed)
    {
        var announcement = At(stage);

        announcement.Close(Now.AddHours(2));

        Assert.Equal((closed, (DateTimeOffset?)Now.AddHours(2)), (announcement.Status, announcement.ReportedAt));
    }

    [Theory]
    [InlineData(Stage.Draft)]
    [InlineData(Stage.Sending)]
    [InlineData(Stage.Scheduled)]
    [InlineData(Stage.Completed)] // closed once already
    public void Close_StillToGoOutOrClosed_Throws(Stage stage) =>
        Assert.Throws<AnnouncementRuleException>(() => At(stage).Close(Now));

    private static Announcement ADraft() => new() { InstitutionId = 1, AudienceLabel = "Semua", Text = "Upacara Senin 08.00.", CreatedAt = Now };

    /// <summary>An announcement brought to <paramref name="stage"/> by its own transitions.</summary>
    private static Announcement At(Stage stage)
    {
        var announcement = ADraft();
        switch (stage)
        {
            case Stage.Sending:
                announcement.SendNow();
                break;
            case Stage.Scheduled:
                announcement.Schedule(Now.AddHours(1), Now);
                break;
            case Stage.Delivering:
                announcement.SendNow();
                announcement.MarkFannedOut(Now, 0);
                break;
            case Stage.Completed:
                announcement.SendNow();
                announcement.MarkFannedOut(Now, 0);
                announcement.Close(Now);
                break;
            case Stage.Cancelled:
                announcement.SendNow();
                announcement.TryWithdraw(Now);
                break;
        }

        return announcement;
    }
}
