using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> builder)
    {
        builder.ToTable("announcements");
        builder.Property(a => a.Audience).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.AudienceRole).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.AudienceLabel).HasMaxLength(300).IsRequired();
        builder.Property(a => a.Text).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(a => a.Batch);

        // The fan-out service asks "what is due?" every few seconds.
        builder.HasIndex(a => new { a.Status, a.ScheduledFor });
        builder.HasIndex(a => new { a.InstitutionId, a.Id });
        builder.HasOne<Institution>().WithMany().HasForeignKey(a => a.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}
