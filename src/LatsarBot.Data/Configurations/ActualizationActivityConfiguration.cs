using LatsarBot.Core.Actualization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class ActualizationActivityConfiguration : IEntityTypeConfiguration<PlannedActivity>
{
    public void Configure(EntityTypeBuilder<PlannedActivity> builder)
    {
        builder.ToTable("actualization_activities");
        builder.Property(a => a.Title).HasMaxLength(300).IsRequired();
        builder.Property(a => a.ExpectedOutput).HasMaxLength(1000).IsRequired();
        builder.Property(a => a.MissionLink).HasMaxLength(1000);
    }
}
