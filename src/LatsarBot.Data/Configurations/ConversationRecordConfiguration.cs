using LatsarBot.Data.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class ConversationRecordConfiguration : IEntityTypeConfiguration<ConversationRecord>
{
    public void Configure(EntityTypeBuilder<ConversationRecord> builder)
    {
        builder.ToTable("conversations");
        builder.Property(c => c.Channel).HasMaxLength(32).IsRequired();
        builder.Property(c => c.ConversationId).HasMaxLength(200).IsRequired();
        builder.Property(c => c.UserId).HasMaxLength(200);
        builder.Property(c => c.StateJson).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.Channel, c.ConversationId }).IsUnique();
    }
}
