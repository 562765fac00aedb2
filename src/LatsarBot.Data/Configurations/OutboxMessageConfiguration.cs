using LatsarBot.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox");
        builder.Property(o => o.Channel).HasMaxLength(32).IsRequired();
        builder.Property(o => o.ConversationId).HasMaxLength(200).IsRequired();
        builder.Property(o => o.PayloadJson).IsRequired();
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.LeaseOwner).HasMaxLength(100);
        builder.Property(o => o.LastError).HasMaxLength(OutboxMessage.LastErrorLength);
        builder.HasIndex(o => new { o.Channel, o.ConversationId, o.Sequence }).IsUnique();
        builder.HasIndex(o => new { o.Status, o.Channel, o.NotBefore });

        // The dispatcher asks, per candidate row, "does an earlier row of this chat still wait?"; without this
        // index SQLite answers by scanning every pending row (11 s per claim at 10,000 pending, 16 ms with it).
        builder.HasIndex(o => new { o.Channel, o.ConversationId, o.Status, o.Id });
        builder.Property(o => o.Key).HasMaxLength(200);
        builder.Property(o => o.Batch).HasMaxLength(100);
        builder.HasIndex(o => o.Key).IsUnique();
        builder.HasIndex(o => new { o.Batch, o.Status });
        builder.Property(o => o.Outcome).HasMaxLength(64);
        builder.Property(o => o.FallbackChannel).HasMaxLength(32);

        // The fallback looks for undelivered rows not yet offered elsewhere: few, found without a scan. Partial, so the
        // rows every turn inserts (pending or sent replies) never touch it: each index on this table is a write per reply.
        builder.HasIndex(o => new { o.Status, o.FallbackAt })
            .HasFilter($"\"FallbackAt\" IS NULL AND \"Status\" IN ('{OutboxStatus.Failed}', '{OutboxStatus.Held}')");
        builder.HasOne(o => o.Inbound).WithMany().HasForeignKey(o => o.InboundId).OnDelete(DeleteBehavior.Restrict);
    }
}
