using LatsarBot.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatsarBot.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(a => a.ActorName).HasMaxLength(AuditLog.ActorNameMaxLength).IsRequired();
        builder.Property(a => a.ActorRole).HasMaxLength(32);
        builder.Property(a => a.Action).HasMaxLength(AuditLog.ActionMaxLength).IsRequired();
        builder.Property(a => a.Subject).HasMaxLength(AuditLog.SubjectMaxLength).IsRequired();
        builder.Property(a => a.Detail).HasMaxLength(AuditLog.DetailMaxLength);
        builder.Property(a => a.Channel).HasMaxLength(AuditOrigin.ChannelMaxLength).IsRequired();
        builder.Property(a => a.Address).HasMaxLength(AuditOrigin.AddressMaxLength);

        // No foreign keys on purpose: the log outlives the staff member and institution it names.
        // The console pages read newest first, all of them (LAN admin) or one institution's (organiser).
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.InstitutionId, a.At });
    }
}
