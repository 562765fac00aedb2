namespace LatsarBot.Core.Actualization;

/// <summary>One activity of the rancangan: what will be done, the output expected, the values served, the link to the agency's mission.</summary>
public class PlannedActivity
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public required string Title { get; set; }

    public required string ExpectedOutput { get; set; }

    public BerAkhlakValues Values { get; set; }

    /// <summary>How the activity serves the agency's vision and mission; optional.</summary>
    public string? MissionLink { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when the participant marks it finished; "started" is derived from its log entries.</summary>
    public DateTimeOffset? FinishedAt { get; set; }
}
