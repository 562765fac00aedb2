using LatsarBot.Core.Actualization;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class EntryReviewConfiguration : IEntityTypeConfiguration<EntryReview>
{
    public void Configure(EntityTypeBuilder<EntryReview> builder)
    {
        builder.ToTable("actualization_reviews");
        builder.HasIndex(r => new { r.LogEntryId, r.Kind }).IsUnique();
        builder.HasOne<LogEntry>().WithMany().HasForeignKey(r => r.LogEntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.Restrict);
    }
}
