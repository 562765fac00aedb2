namespace LatsarBot.Core.Actualization;

/// <summary>
/// A participant's rancangan aktualisasi (DOMAIN.md B.8): when their 30 days start and the activities they
/// planned. One row per participant; the start date is set by the organiser for a whole cohort and may be
/// adjusted per participant, and is null until then (activities can be planned before).
/// </summary>
public class ActualizationPlan
{
    public int Id { get; set; }

    public int ParticipantId { get; set; }

    public DateOnly? StartDate { get; set; }

    public List<PlannedActivity> Activities { get; set; } = [];
}
