using LatsarBot.Core.Actualization;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class ThreadMessageConfiguration : IEntityTypeConfiguration<ThreadMessage>
{
    public void Configure(EntityTypeBuilder<ThreadMessage> builder)
    {
        builder.ToTable("coaching_messages");
        builder.Property(m => m.Key).HasMaxLength(64).IsRequired();
        builder.HasIndex(m => m.Key).IsUnique();
        builder.Property(m => m.Text).HasMaxLength(4000).IsRequired();
        builder.HasIndex(m => new { m.ThreadId, m.SentAt });
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LogEntry>().WithMany().HasForeignKey(m => m.LogEntryId).OnDelete(DeleteBehavior.SetNull);
    }
}
