using LatsarBot.Core.Mooc.Progress;
using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class MoocProgressConfiguration : IEntityTypeConfiguration<MoocProgress>
{
    public void Configure(EntityTypeBuilder<MoocProgress> builder)
    {
        builder.ToTable("mooc_progress");
        builder.HasKey(m => m.ParticipantId);
        builder.Property(m => m.CurrentUnitId).HasMaxLength(64);
        builder.HasOne<Participant>().WithOne().HasForeignKey<MoocProgress>(m => m.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class UnitProgressConfiguration : IEntityTypeConfiguration<UnitProgress>
{
    public void Configure(EntityTypeBuilder<UnitProgress> builder)
    {
        builder.ToTable("unit_progress");
        builder.Property(u => u.UnitId).HasMaxLength(64).IsRequired();
        builder.Property(u => u.BestQuizRatio).HasPrecision(5, 4);

        // At most one trophy per unit: one row per (participant, unit).
        builder.HasIndex(u => new { u.ParticipantId, u.UnitId }).IsUnique();
        builder.HasOne<Participant>().WithMany().HasForeignKey(u => u.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PostTestAttemptRecordConfiguration : IEntityTypeConfiguration<PostTestAttemptRecord>
{
    public void Configure(EntityTypeBuilder<PostTestAttemptRecord> builder)
    {
        builder.ToTable("posttest_attempts");
        builder.Property(a => a.ItemsJson).IsRequired();
        builder.Property(a => a.AnswersJson).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.RawScore).HasPrecision(5, 2);
        builder.Property(a => a.RecordedScore).HasPrecision(5, 2);
        builder.HasIndex(a => new { a.ParticipantId, a.Number }).IsUnique();
        builder.HasOne<Participant>().WithMany().HasForeignKey(a => a.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}
