using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class CoachingThreadConfiguration : IEntityTypeConfiguration<CoachingThread>
{
    public void Configure(EntityTypeBuilder<CoachingThread> builder)
    {
        builder.ToTable("coaching_threads");

        // One thread per participant: two first messages racing each other cannot open two.
        builder.HasIndex(t => t.ParticipantId).IsUnique();
        builder.HasOne<Participant>().WithMany().HasForeignKey(t => t.ParticipantId).OnDelete(DeleteBehavior.Cascade);

        // The overdue list reads threads by deadline.
        builder.HasIndex(t => t.DueAt);
        builder.HasMany(t => t.Messages).WithOne().HasForeignKey(m => m.ThreadId).OnDelete(DeleteBehavior.Cascade);
    }
}
