using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class ActualizationPlanConfiguration : IEntityTypeConfiguration<ActualizationPlan>
{
    public void Configure(EntityTypeBuilder<ActualizationPlan> builder)
    {
        builder.ToTable("actualization_plans");

        // One rancangan per participant.
        builder.HasIndex(p => p.ParticipantId).IsUnique();
        builder.HasOne<Participant>().WithOne().HasForeignKey<ActualizationPlan>(p => p.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Activities).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
