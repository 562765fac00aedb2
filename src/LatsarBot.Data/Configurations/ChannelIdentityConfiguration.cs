using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class ChannelIdentityConfiguration : IEntityTypeConfiguration<ChannelIdentity>
{
    public void Configure(EntityTypeBuilder<ChannelIdentity> builder)
    {
        builder.ToTable("channel_identities");
        builder.Property(c => c.Channel).HasMaxLength(32).IsRequired();
        builder.Property(c => c.ChannelUserId).HasMaxLength(200).IsRequired();
        builder.Property(c => c.ConversationId).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Proof).HasConversion<string>().HasMaxLength(24);

        // One channel account speaks for one person.
        builder.HasIndex(c => new { c.Channel, c.ChannelUserId }).IsUnique();
        builder.HasIndex(c => c.PersonId);
        builder.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
