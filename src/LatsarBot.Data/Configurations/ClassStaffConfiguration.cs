using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class ClassStaffConfiguration : IEntityTypeConfiguration<ClassStaff>
{
    public void Configure(EntityTypeBuilder<ClassStaff> builder)
    {
        builder.ToTable("class_staff");
        builder.Property(s => s.Role).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(s => new { s.ClassId, s.StaffId, s.Role }).IsUnique();
        builder.HasIndex(s => s.StaffId);
        builder.HasOne<TrainingClass>().WithMany().HasForeignKey(s => s.ClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Staff).WithMany().HasForeignKey(s => s.StaffId).OnDelete(DeleteBehavior.Cascade);
    }
}
