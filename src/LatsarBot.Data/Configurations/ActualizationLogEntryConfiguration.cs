using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class ActualizationLogEntryConfiguration : IEntityTypeConfiguration<LogEntry>
{
    public void Configure(EntityTypeBuilder<LogEntry> builder)
    {
        builder.ToTable("actualization_log");
        builder.Property(e => e.WhatWasDone).HasMaxLength(4000).IsRequired();

        // "Who has not logged today" and the timeline both look entries up by participant and date.
        builder.HasIndex(e => new { e.ParticipantId, e.Date });
        builder.HasOne<Participant>().WithMany().HasForeignKey(e => e.ParticipantId).OnDelete(DeleteBehavior.Cascade);

        // A planned activity that has been logged against is kept: the log is the record of the 30 days.
        builder.HasOne(e => e.PlannedActivity).WithMany().HasForeignKey(e => e.PlannedActivityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Evidence).WithOne().HasForeignKey(v => v.LogEntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
