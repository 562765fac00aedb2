namespace LatsarBot.Core.Coaching;

/// <summary>The facilitator who teaches one agenda of one class (DOMAIN.md A.7 item 1); one per (class, agenda).</summary>
public class FacilitatorAssignment
{
    public int Id { get; set; }

    public int ClassId { get; set; }

    public required string Agenda { get; set; }

    public int StaffId { get; set; }

    public DateTimeOffset AssignedAt { get; set; }
}
