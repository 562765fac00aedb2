using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.ToTable("cohorts");
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(c => new { c.InstitutionId, c.Name }).IsUnique();
        builder.HasOne(c => c.Institution).WithMany().HasForeignKey(c => c.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Classes).WithOne(k => k.Cohort).HasForeignKey(k => k.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}
