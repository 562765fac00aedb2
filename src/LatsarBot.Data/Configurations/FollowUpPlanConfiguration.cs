using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class FollowUpPlanConfiguration : IEntityTypeConfiguration<FollowUpPlan>
{
    public void Configure(EntityTypeBuilder<FollowUpPlan> builder)
    {
        builder.ToTable("actualization_follow_ups");

        // One RTL and one outline per participant.
        builder.HasIndex(f => f.ParticipantId).IsUnique();
        builder.HasOne<Participant>().WithOne().HasForeignKey<FollowUpPlan>(f => f.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.Rtl).HasMaxLength(4000).IsRequired();
        builder.Property(f => f.Outline).HasMaxLength(4000).IsRequired();
    }
}
