using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.Sheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LatsarBot.Roster;

/// <summary>
/// `participants import`: upserts a roster by NIP in one transaction, creating the institution, cohorts
/// and classes it names, and hands every new person a one-time enrolment code through the codes file.
/// </summary>
public sealed class RosterImporter(LatsarDb db, CodeHasher hasher)
{
    private const int InstitutionMaxLength = 200;

    public async Task<RosterImportResult> ImportAsync(Stream file, RosterImportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return await ImportAsync(buffer.ToArray(), options, cancellationToken);
    }

    /// <summary>A roster file's bytes, CSV or XLSX: the CLI's file and the console's upload go through here alike.</summary>
    public async Task<RosterImportResult> ImportAsync(byte[] file, RosterImportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        var institution = Tidy(options.Institution);
        if (institution is null || institution.Length > InstitutionMaxLength)
        {
            return RosterImportResult.Failed($"--institution must name the training institution in 1 to {InstitutionMaxLength} characters");
        }

        var contact = Tidy(options.Contact);
        if (contact?.Length > InstitutionMaxLength)
        {
            return RosterImportResult.Failed($"--contact must have at most {InstitutionMaxLength} characters");
        }

        RosterFile roster;
        try
        {
            roster = RosterReader.Read(file);
        }
        catch (CsvSheetException e)
        {
            return RosterImportResult.Failed(e.Message);
        }

        var codesOut = options.CodesOut is null ? null : Path.GetFullPath(options.CodesOut);
        var checks = Check(roster, options.DefaultClass);
        var resolved = options with { Institution = institution, Contact = contact, CodesOut = codesOut };
        try
        {
            // Inside the execution strategy so a provider with retries on re-runs the whole transaction.
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(ct => ImportOnceAsync(checks, resolved, ct), cancellationToken);
        }
        catch (DbUpdateException e)
        {
            return RosterImportResult.Failed($"the database refused the import, so nothing was imported: {e.InnerException?.Message ?? e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return RosterImportResult.Failed($"cannot write the codes file, so nothing was imported: {e.Message}");
        }
    }

    /// <summary>The Core rules, then the layout problems: a row with shifted columns gets that one reason, not a cascade.</summary>
    private static List<RosterCheck> Check(RosterFile file, RosterDefaultClass? defaultClass) =>
        RosterValidator.CheckAll(file.Rows.Select(r => defaultClass is not null && string.IsNullOrWhiteSpace(r.Cohort) && string.IsNullOrWhiteSpace(r.Class)
                ? r with { Cohort = defaultClass.Cohort, Class = defaultClass.Class }
                : r))
            .Select(c => file.LayoutProblems.TryGetValue(c.Row.Line, out var problem) ? c with { Entry = null, Reasons = [problem] } : c)
            .ToList();

    private async Task<RosterImportResult> ImportOnceAsync(List<RosterCheck> checks, RosterImportOptions options, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = options.DryRun ? null : await db.Database.BeginTransactionAsync(cancellationToken);
        var institution = await InstitutionAsync(options.Institution, options.Contact, cancellationToken);
        var nips = checks.Where(c => c.Entry is not null).Select(c => c.Entry!.Nip).ToList();
        var people = await db.People.Include(p => p.Institution)
            .Where(p => p.Nip != null && nips.Contains(p.Nip.Value))
            .ToDictionaryAsync(p => p.Nip!.Value.Value, cancellationToken);
        var ids = people.Values.Select(p => p.Id).ToList();
        var bound = options.NewCodes
            ? await db.ChannelIdentities.Where(i => ids.Contains(i.PersonId)).Select(i => i.PersonId).Distinct().ToListAsync(cancellationToken)
            : [];
        var groups = await RosterGroups.LoadAsync(db, institution, cancellationToken);
        var codes = new List<IssuedCode>();
        var rows = new List<RosterRowOutcome>();
        foreach (var check in checks)
        {
            if (check.Entry is not { } entry)
            {
                rows.Add(new RosterRowOutcome(check.Row.Line, check.Row.Nip?.Trim(), RosterRowStatus.Rejected, check.Reasons));
                continue;
            }

            var person = people.GetValueOrDefault(entry.Nip.Value);
            var freshCode = options.NewCodes && person is not null && !bound.Contains(person.Id);
            rows.Add(Apply(entry, institution, person, groups, freshCode, codes));
        }

        var result = new RosterImportResult { Rows = rows, DryRun = options.DryRun, NewGroups = groups.Created, CodesIssued = codes.Count };
        if (transaction is null || (options.AllOrNothing && result.Rejected > 0))
        {
            // A dry run or an all-or-nothing refusal: nothing is saved, and the unused transaction rolls back on disposal.
            return result;
        }

        if (options.CodesInResult)
        {
            return await CommitAsync(transaction, result with { Codes = codes }, options, institution, cancellationToken);
        }

        if (codes.Count > 0 && options.CodesOut is null)
        {
            return RosterImportResult.Failed(
                $"{codes.Count} people need a new enrolment code, which is shown nowhere but the codes file: give --codes-out FILE. Nothing was imported.", rows);
        }

        if (codes.Count > 0 && File.Exists(options.CodesOut))
        {
            return RosterImportResult.Failed(
                $"the codes file {options.CodesOut} already exists and may hold codes not yet handed out; choose a new name. Nothing was imported.", rows);
        }

        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(result, options, institution, cancellationToken);
        if (codes.Count > 0)
        {
            await RosterCodesFile.WriteAsync(options.CodesOut!, codes);
        }

        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch when (codes.Count > 0)
        {
            // Codes whose hashes were never stored would only mislead whoever hands them out.
            File.Delete(options.CodesOut!);
            throw;
        }

        return result with { Committed = true, CodesFile = codes.Count > 0 ? options.CodesOut : null };
    }

    private async Task<RosterImportResult> CommitAsync(
        IDbContextTransaction transaction, RosterImportResult result, RosterImportOptions options, Institution institution, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(result, options, institution, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result with { Committed = true };
    }

    /// <summary>After the first save, so a new institution has its id; still inside the import's transaction.</summary>
    private async Task AuditAsync(RosterImportResult result, RosterImportOptions options, Institution institution, CancellationToken cancellationToken)
    {
        if (options.Audit is not { } audit)
        {
            return;
        }

        var detail = $"{result.Rows.Count} rows: {result.Created} created, {result.Updated} updated, {result.Unchanged} unchanged, {result.Rejected} rejected"
            + (result.CodesIssued > 0 ? $"; {result.CodesIssued} enrolment codes issued" : "");
        await AuditLog.RecordAsync(db, audit.At, audit.Actor, AuditActions.RosterImport, audit.Subject, detail, audit.Origin, institution.Id, cancellationToken);
    }

    private async Task<Institution> InstitutionAsync(string name, string? contact, CancellationToken cancellationToken)
    {
        // "BPSDM Jawa Barat" and "BPSDM JAWA BARAT" are one institution, whatever the column's collation says.
        var lowered = name.ToLowerInvariant();
        var institution = await db.Institutions.OrderBy(i => i.Id).FirstOrDefaultAsync(i => i.Name.ToLower() == lowered, cancellationToken);
        if (institution is null)
        {
            institution = new Institution { Name = name };
            db.Institutions.Add(institution);
        }

        if (contact is not null)
        {
            institution.ContactName = contact;
        }

        return institution;
    }

    private RosterRowOutcome Apply(RosterEntry entry, Institution institution, Person? person, RosterGroups groups, bool freshCode, List<IssuedCode> codes)
    {
        var nip = entry.Nip.Value;
        if (person is null)
        {
            person = Create(entry, institution, groups);
            db.People.Add(person);
            Issue(person, codes);
            return new RosterRowOutcome(entry.Line, nip, RosterRowStatus.Created, []);
        }

        if (person.InstitutionId != institution.Id)
        {
            return Rejected(entry, RosterRules.NipOtherInstitution,
                $"NIP {nip} is on the roster of {person.Institution?.Name}; a person moves between institutions only by hand");
        }

        // One table, two entity types: EF cannot change a row's type, and a participant's records would not survive it.
        if (person is Participant != (entry.Role == Role.Participant))
        {
            var now = person is Participant ? "a participant" : "a staff member";
            return Rejected(entry, RosterRules.RoleChange, $"NIP {nip} is already {now}; the import does not turn a participant into staff or back");
        }

        Update(person, entry, groups);
        var status = db.Entry(person).State == EntityState.Modified ? RosterRowStatus.Updated : RosterRowStatus.Unchanged;
        if (freshCode)
        {
            Issue(person, codes);
        }

        return new RosterRowOutcome(entry.Line, nip, status, []);
    }

    private static Person Create(RosterEntry entry, Institution institution, RosterGroups groups)
    {
        Person person = entry.Role == Role.Participant
            ? new Participant { Name = entry.Name, Class = groups.Class(entry.Cohort!, entry.Class!), Agency = entry.Agency, Ndh = entry.Ndh }
            : new StaffMember { Name = entry.Name, StaffRole = entry.Role };
        person.Institution = institution;
        person.Nip = entry.Nip;
        person.Phone = entry.Phone;
        person.Email = entry.Email;
        person.TimeZone = entry.TimeZone ?? TimeZoneCode.Wib;
        person.Language = entry.Language ?? Language.Id;
        return person;
    }

    private static void Update(Person person, RosterEntry entry, RosterGroups groups)
    {
        // A blank cell keeps what is stored: the person may have set it in the bot since the last import.
        person.Name = entry.Name;
        person.Phone = entry.Phone ?? person.Phone;
        person.Email = entry.Email ?? person.Email;
        person.TimeZone = entry.TimeZone ?? person.TimeZone;
        person.Language = entry.Language ?? person.Language;
        if (person is Participant participant)
        {
            participant.Class = groups.Class(entry.Cohort!, entry.Class!);
            participant.Agency = entry.Agency ?? participant.Agency;
            participant.Ndh = entry.Ndh ?? participant.Ndh;
        }
        else if (person is StaffMember staff)
        {
            staff.StaffRole = entry.Role;
        }
    }

    private void Issue(Person person, List<IssuedCode> codes)
    {
        var code = EnrolmentCode.IssueTo(person, hasher);
        codes.Add(new IssuedCode(person.Nip!.Value.Value, person.Name, code));
    }

    private static RosterRowOutcome Rejected(RosterEntry entry, string rule, string message) =>
        new(entry.Line, entry.Nip.Value, RosterRowStatus.Rejected, [new RosterReason(rule, message)]);

    private static string? Tidy(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
