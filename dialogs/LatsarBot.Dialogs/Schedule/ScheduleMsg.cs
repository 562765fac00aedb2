namespace LatsarBot.Dialogs.Schedule;

/// <summary>Message keys of /jadwal, the phase calendar (content/messages/schedule.*.yaml).</summary>
[Bot.Messages.MessageKeys]
public static class ScheduleMsg
{
    public const string MenuEntry = "schedule.menu";
    public const string OnlyParticipants = "schedule.only_participants";
    public const string NotSet = "schedule.not_set";
    public const string Title = "schedule.title";
    public const string Line = "schedule.line";
    public const string LineOneDay = "schedule.line_one_day";
    public const string Current = "schedule.current";
    public const string Between = "schedule.between";
    public const string PhaseMooc = "schedule.phase.mooc";
    public const string PhaseOnline = "schedule.phase.online";
    public const string PhaseActualization = "schedule.phase.actualization";
    public const string PhaseClassical = "schedule.phase.classical";
    public const string PhaseGraduation = "schedule.phase.graduation";

    public static string PhaseName(Core.Schedule.Phase phase) => phase switch
    {
        Core.Schedule.Phase.Mooc => PhaseMooc,
        Core.Schedule.Phase.Online => PhaseOnline,
        Core.Schedule.Phase.Actualization => PhaseActualization,
        Core.Schedule.Phase.Classical => PhaseClassical,
        _ => PhaseGraduation,
    };
}
