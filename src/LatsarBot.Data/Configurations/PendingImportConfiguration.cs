using LatsarBot.Core.Participants;
using LatsarBot.Data.PendingImports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class PendingImportConfiguration : IEntityTypeConfiguration<PendingImport>
{
    public void Configure(EntityTypeBuilder<PendingImport> builder)
    {
        builder.ToTable("pending_imports");
        builder.Property(p => p.Token).HasMaxLength(PendingImport.TokenLength).IsRequired();
        builder.Property(p => p.FileName).HasMaxLength(PendingImport.FileNameMaxLength).IsRequired();
        builder.Property(p => p.Content).IsRequired();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.StaffId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TrainingClass>().WithMany().HasForeignKey(p => p.ClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.Token).IsUnique();
        builder.HasIndex(p => p.ExpiresAt);
    }
}
