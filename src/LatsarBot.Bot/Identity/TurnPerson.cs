using LatsarBot.Core.Participants;

namespace LatsarBot.Bot.Identity;

/// <summary>
/// Who is speaking in this turn, as much as most dialogs need: a dialog that wants more (class, coach,
/// phone) loads the person by <see cref="Id"/>.
/// </summary>
public sealed record TurnPerson(int Id, string Name, Role Role, Language Language, TimeZoneCode TimeZone, int InstitutionId)
{
    public bool IsParticipant => Role == Role.Participant;

    public bool IsStaff => Role != Role.Participant;
}
