using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Coaching;

/// <summary>
/// Who may do what with a participant's logbook and coaching thread (ARCHITECTURE.md, Security): the participant with
/// their own; their coach reads, replies and reviews; their mentor (direct superior) reads and acknowledges the logbook
/// but not the coaching conversation. Nobody else, organisers included: they see who is overdue, not what was written.
/// Every view and action asks here.
/// </summary>
public static class LogbookAccess
{
    public static bool Allows(Person viewer, Participant subject, LogbookAction action) => action switch
    {
        LogbookAction.Read => IsSelf(viewer, subject) || IsCoach(viewer, subject) || IsMentor(viewer, subject),
        LogbookAction.ReadThread => IsSelf(viewer, subject) || IsCoach(viewer, subject),
        LogbookAction.Reply => IsSelf(viewer, subject) || IsCoach(viewer, subject),
        LogbookAction.Review => IsCoach(viewer, subject),
        LogbookAction.Acknowledge => IsMentor(viewer, subject),
        _ => false,
    };

    /// <summary>How <paramref name="staff"/> relates to participants: which foreign key of theirs names them.</summary>
    public static StaffScope? ScopeOf(Person staff) => staff switch
    {
        StaffMember { StaffRole: Role.Coach } => StaffScope.Coach,
        StaffMember { StaffRole: Role.Mentor } => StaffScope.Mentor,
        _ => null,
    };

    private static bool IsSelf(Person viewer, Participant subject) => viewer is Participant && viewer.Id == subject.Id;

    private static bool IsCoach(Person viewer, Participant subject) =>
        viewer is StaffMember { StaffRole: Role.Coach } && subject.CoachId == viewer.Id;

    private static bool IsMentor(Person viewer, Participant subject) =>
        viewer is StaffMember { StaffRole: Role.Mentor } && subject.MentorId == viewer.Id;
}

public enum LogbookAction
{
    /// <summary>Read the log entries.</summary>
    Read,

    /// <summary>Read the coaching conversation: between the participant and their coach only.</summary>
    ReadThread,

    /// <summary>Write in the thread (the participant asks, the coach answers or comments on an entry).</summary>
    Reply,

    /// <summary>Mark an entry reviewed: the coach.</summary>
    Review,

    /// <summary>"Diketahui mentor": the mentor.</summary>
    Acknowledge,
}

public enum StaffScope
{
    Coach,
    Mentor,
}
