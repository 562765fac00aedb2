namespace LatsarBot.Core.Coaching;

/// <summary>What kind of thing a proposal could not satisfy.</summary>
public enum AssignmentWarningKind
{
    /// <summary>No facilitator has the agenda in their expertise; the agenda is left without one.</summary>
    NoQualifiedFacilitator,

    /// <summary>Nobody who taught the class online can coach; coaches who did not were used instead.</summary>
    NoOnlineCoach,

    /// <summary>There are no coaches at all; the class's participants keep their current coach.</summary>
    NoCoach,

    /// <summary>The coaches' loads differ by more than one: the classes' candidates do not allow better.</summary>
    CoachLoadUneven,

    /// <summary>The facilitators' loads differ by more than one: their expertise does not allow better.</summary>
    FacilitatorLoadUneven,
}
