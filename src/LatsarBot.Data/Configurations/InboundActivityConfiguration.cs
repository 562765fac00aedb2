using LatsarBot.Data.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class InboundActivityConfiguration : IEntityTypeConfiguration<InboundActivity>
{
    public void Configure(EntityTypeBuilder<InboundActivity> builder)
    {
        builder.ToTable("inbound_activities");
        builder.Property(a => a.Channel).HasMaxLength(32).IsRequired();
        builder.Property(a => a.ActivityId).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ConversationId).HasMaxLength(200).IsRequired();

        // The idempotency key: a platform retry of the same update collides here and is not run twice.
        builder.HasIndex(a => new { a.Channel, a.ActivityId }).IsUnique();

        // A person's last activity (the console's "last active") is looked up by their conversations.
        builder.HasIndex(a => new { a.Channel, a.ConversationId, a.ReceivedAt });
    }
}
