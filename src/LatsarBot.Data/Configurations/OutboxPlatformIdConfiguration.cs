using LatsarBot.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class OutboxPlatformIdConfiguration : IEntityTypeConfiguration<OutboxPlatformId>
{
    public void Configure(EntityTypeBuilder<OutboxPlatformId> builder)
    {
        builder.ToTable("outbox_platform_ids");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(200);
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(p => p.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.OutboxMessageId);
    }
}
