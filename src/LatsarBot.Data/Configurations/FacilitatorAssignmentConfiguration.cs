using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class FacilitatorAssignmentConfiguration : IEntityTypeConfiguration<FacilitatorAssignment>
{
    public void Configure(EntityTypeBuilder<FacilitatorAssignment> builder)
    {
        builder.ToTable("facilitator_assignments");
        builder.Property(a => a.Agenda).HasMaxLength(8).IsRequired();

        // One facilitator per agenda of a class.
        builder.HasIndex(a => new { a.ClassId, a.Agenda }).IsUnique();
        builder.HasIndex(a => a.StaffId);
        builder.HasOne<TrainingClass>().WithMany().HasForeignKey(a => a.ClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffId).OnDelete(DeleteBehavior.Cascade);
    }
}
