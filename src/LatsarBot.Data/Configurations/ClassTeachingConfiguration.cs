using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class ClassTeachingConfiguration : IEntityTypeConfiguration<ClassTeaching>
{
    public void Configure(EntityTypeBuilder<ClassTeaching> builder)
    {
        builder.ToTable("class_teachings");
        builder.Property(t => t.Agenda).HasMaxLength(8);
        builder.Property(t => t.Stage).HasConversion<string>().HasMaxLength(16);

        // One row per teaching; the import looks rows up first, since NULL agendas are distinct to a unique index.
        builder.HasIndex(t => new { t.ClassId, t.StaffId, t.Stage, t.Agenda }).IsUnique();
        builder.HasOne<TrainingClass>().WithMany().HasForeignKey(t => t.ClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.StaffId).OnDelete(DeleteBehavior.Cascade);
    }
}
