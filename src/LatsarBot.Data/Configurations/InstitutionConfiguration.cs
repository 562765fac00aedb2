using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> builder)
    {
        builder.ToTable("institutions");
        builder.Property(i => i.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(i => i.Name).IsUnique();
        builder.Property(i => i.ContactName).HasMaxLength(200);
        builder.Property(i => i.ContactPhone).HasMaxLength(32);
        builder.Property(i => i.ContactEmail).HasMaxLength(200);
        builder.Ignore(i => i.ContactLine);
    }
}
