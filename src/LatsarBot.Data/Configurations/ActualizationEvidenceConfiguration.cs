using LatsarBot.Core.Actualization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class ActualizationEvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.ToTable("actualization_evidence");
        builder.Property(v => v.Sha256).HasMaxLength(64).IsRequired();
        builder.HasIndex(v => v.Sha256);
        builder.Property(v => v.ContentType).HasMaxLength(200).IsRequired();
        builder.Property(v => v.OriginalName).HasMaxLength(300);
        builder.Property(v => v.StoragePath).HasMaxLength(2000).IsRequired();
    }
}
