using LatsarBot.Core.Participants;
using LatsarBot.Data.SignIn;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class StaffSignInConfiguration : IEntityTypeConfiguration<StaffSignIn>
{
    public void Configure(EntityTypeBuilder<StaffSignIn> builder)
    {
        builder.ToTable("staff_sign_ins");
        builder.Property(s => s.Token).HasMaxLength(32).IsRequired();
        builder.Property(s => s.CodeHash).HasMaxLength(80).IsRequired();
        builder.Property(s => s.RequestedFrom).HasMaxLength(64);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.StaffId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.Token).IsUnique();

        // The per-staff limits count a member of staff's recent sign-ins.
        builder.HasIndex(s => new { s.StaffId, s.CreatedAt });
    }
}
