using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Tests.Participants;

/// <summary>Issue 15, item 2: LAN admin all institutions, organiser their own, coach their participants.</summary>
public sealed class ConsoleScopeTests
{
    private const int Own = 1;
    private const int Other = 2;
    private const int Me = 10;
    private const int AnotherCoach = 11;

    public static TheoryData<Role, int, int?, bool> Participants => new()
    {
        { Role.LanAdmin, Other, null, true },
        { Role.Organiser, Own, AnotherCoach, true },
        { Role.Organiser, Other, null, false },
        { Role.Coach, Own, Me, true },
        { Role.Coach, Own, AnotherCoach, false },
        { Role.Coach, Other, Me, true },      // coaching is what counts, as in LogbookAccess
        { Role.Facilitator, Own, null, false },
        { Role.Examiner, Own, null, false },
        { Role.Mentor, Own, null, false },
    };

    [Theory, MemberData(nameof(Participants))]
    public void CanSeeParticipant_ByRole_FollowsTheScope(Role role, int institutionId, int? coachId, bool expected)
    {
        var scope = new ConsoleScope(Me, role, Own);

        Assert.Equal(expected, scope.CanSeeParticipant(institutionId, coachId));
    }

    [Theory]
    [InlineData(Role.LanAdmin, Other, true)]
    [InlineData(Role.Organiser, Own, true)]
    [InlineData(Role.Organiser, Other, false)]
    [InlineData(Role.Coach, Other, false)]
    [InlineData(Role.Facilitator, Own, false)]
    public void CanSeeInstitution_ByRole_FollowsTheScope(Role role, int institutionId, bool expected)
    {
        var scope = new ConsoleScope(Me, role, Own);

        Assert.Equal(expected, scope.CanSeeInstitution(institutionId));
    }
}
