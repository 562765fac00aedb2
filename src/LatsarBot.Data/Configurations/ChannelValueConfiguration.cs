using LatsarBot.Data.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class ChannelValueConfiguration : IEntityTypeConfiguration<ChannelValue>
{
    public void Configure(EntityTypeBuilder<ChannelValue> builder)
    {
        builder.ToTable("channel_values");
        builder.HasKey(v => new { v.Channel, v.Key });
        builder.Property(v => v.Channel).HasMaxLength(32);
        builder.Property(v => v.Key).HasMaxLength(200);
        builder.Property(v => v.Value).HasMaxLength(4000).IsRequired();
    }
}
