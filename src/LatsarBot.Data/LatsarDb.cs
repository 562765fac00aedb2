using LatsarBot.Core.Actualization;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Mooc.Progress;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Channels;
using LatsarBot.Data.Conversations;
using LatsarBot.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Data;

/// <summary>
/// The one unit of work: domain tables, conversation state, the inbound ledger and the outbox, so a
/// turn commits all of them in one transaction. Provider-specific subclasses exist only to carry their
/// own migrations (<see cref="SqliteLatsarDb"/>, <see cref="PostgresLatsarDb"/>).
/// </summary>
public abstract class LatsarDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Institution> Institutions => Set<Institution>();

    public DbSet<Cohort> Cohorts => Set<Cohort>();

    public DbSet<TrainingClass> Classes => Set<TrainingClass>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<ChannelIdentity> ChannelIdentities => Set<ChannelIdentity>();

    public DbSet<MoocProgress> MoocProgress => Set<MoocProgress>();

    public DbSet<UnitProgress> UnitProgress => Set<UnitProgress>();

    public DbSet<PostTestAttemptRecord> PostTestAttempts => Set<PostTestAttemptRecord>();

    public DbSet<ActualizationPlan> ActualizationPlans => Set<ActualizationPlan>();

    public DbSet<PlannedActivity> PlannedActivities => Set<PlannedActivity>();

    public DbSet<LogEntry> LogEntries => Set<LogEntry>();

    public DbSet<Evidence> Evidence => Set<Evidence>();

    public DbSet<ConversationRecord> Conversations => Set<ConversationRecord>();

    public DbSet<InboundActivity> InboundActivities => Set<InboundActivity>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<OutboxPlatformId> OutboxPlatformIds => Set<OutboxPlatformId>();

    public DbSet<ChannelValue> ChannelValues => Set<ChannelValue>();

    public DbSet<DeliveryAttempt> DeliveryAttempts => Set<DeliveryAttempt>();

    public DbSet<ClassTeaching> ClassTeachings => Set<ClassTeaching>();

    public DbSet<FacilitatorAssignment> FacilitatorAssignments => Set<FacilitatorAssignment>();

    public DbSet<CoachingThread> CoachingThreads => Set<CoachingThread>();

    public DbSet<ThreadMessage> ThreadMessages => Set<ThreadMessage>();

    public DbSet<EntryReview> EntryReviews => Set<EntryReview>();

    public DbSet<FollowUpPlan> FollowUpPlans => Set<FollowUpPlan>();

    public DbSet<Core.Schedule.PhaseDates> PhaseDates => Set<Core.Schedule.PhaseDates>();

    public DbSet<Core.Announcements.Announcement> Announcements => Set<Core.Announcements.Announcement>();

    public DbSet<SignIn.StaffSignIn> StaffSignIns => Set<SignIn.StaffSignIn>();

    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();

    public DbSet<PendingImports.PendingImport> PendingImports => Set<PendingImports.PendingImport>();
    public DbSet<ClassStaff> ClassStaff => Set<ClassStaff>();

    public DbSet<KeyRing.DataProtectionKeyRow> DataProtectionKeys => Set<KeyRing.DataProtectionKeyRow>();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>The person's version moves with every change, so a stale write of the same person is refused.</summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Person>().Where(e => e.State == EntityState.Modified))
        {
            // Through the entry, so the change is tracked even when the caller already scanned for changes
            // and turned automatic detection off (the turn's commit does, to keep SQLite's write queue short).
            entry.Property(p => p.Version).CurrentValue = entry.Entity.Version + 1;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset; Unix milliseconds sort and compare the same everywhere.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
        // A NIP is its 18 digits in the column; queries compare Nip with Nip and EF sends the digits.
        configurationBuilder.Properties<Nip>().HaveConversion<NipConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LatsarDb).Assembly);
}

public sealed class SqliteLatsarDb(DbContextOptions<SqliteLatsarDb> options) : LatsarDb(options);

public sealed class PostgresLatsarDb(DbContextOptions<PostgresLatsarDb> options) : LatsarDb(options);
