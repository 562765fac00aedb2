using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class PhaseDatesConfiguration : IEntityTypeConfiguration<PhaseDates>
{
    public void Configure(EntityTypeBuilder<PhaseDates> builder)
    {
        builder.ToTable("phase_dates");
        builder.Property(p => p.Phase).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(p => p.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TrainingClass>().WithMany().HasForeignKey(p => p.ClassId).OnDelete(DeleteBehavior.Cascade);

        // One row per phase for the cohort (ClassId null) and per class; NULLs are distinct in a unique index,
        // so the cohort's rows are kept unique by the code that writes them (PhaseCalendarEditor).
        builder.HasIndex(p => new { p.CohortId, p.ClassId, p.Phase }).IsUnique();
    }
}
