using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

/// <summary>Participants and staff share one table: everyone logs in by NIP, and a NIP is one person.</summary>
public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.HasDiscriminator<string>("kind")
            .HasValue<Participant>("participant")
            .HasValue<StaffMember>("staff");
        builder.Property<string>("kind").HasMaxLength(16);
        builder.Property(p => p.Nip).HasMaxLength(Nip.Length);
        builder.HasIndex(p => p.Nip).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Phone).HasMaxLength(20);
        builder.HasIndex(p => p.Phone);
        builder.Property(p => p.Email).HasMaxLength(200);
        builder.Property(p => p.TimeZone).HasConversion<string>().HasMaxLength(8);
        builder.Property(p => p.Language).HasConversion<string>().HasMaxLength(4);
        builder.Property(p => p.EnrolmentCodeHash).HasMaxLength(80);
        builder.Ignore(p => p.Role);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.Institution).WithMany().HasForeignKey(p => p.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.Property(p => p.Agency).HasMaxLength(200);
        builder.HasOne(p => p.Class).WithMany().HasForeignKey(p => p.ClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Coach).WithMany().HasForeignKey(p => p.CoachId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.Mentor).WithMany().HasForeignKey(p => p.MentorId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.Property(s => s.StaffRole).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Expertise).HasMaxLength(32);
    }
}
