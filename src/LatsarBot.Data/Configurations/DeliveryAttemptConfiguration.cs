using LatsarBot.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class DeliveryAttemptConfiguration : IEntityTypeConfiguration<DeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<DeliveryAttempt> builder)
    {
        builder.ToTable("delivery_attempts");
        builder.Property(a => a.MessageKey).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Batch).HasMaxLength(100);
        builder.Property(a => a.Channel).HasMaxLength(32).IsRequired();
        builder.Property(a => a.Outcome).HasMaxLength(32).IsRequired();
        builder.Property(a => a.Reason).HasMaxLength(1000);
        builder.HasIndex(a => a.MessageKey);
        builder.HasIndex(a => new { a.Batch, a.PersonId });
    }
}
