using System.CommandLine;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.PersonalData;

namespace LatsarBot.Cli;

/// <summary>
/// `person export|correct|erase --nip NIP`: the personal data rights of UU 27/2022 (access, correction, deletion) for
/// one person, the same code as the console's participant page; each audited as the CLI.
/// </summary>
public static class PersonCommands
{
    public static Command Build()
    {
        var database = new CliDatabase();
        Option<string> Nip() => new("--nip") { Description = "The person's 18-digit NIP.", Required = true };

        var exportNip = Nip();
        var output = new Option<string>("--out") { Description = "The zip to write (data.json and the person's files).", Required = true };
        var export = new Command("export", "Write everything kept about one person as a zip: data.json (every row, table by table) and their files.")
        {
            exportNip, output, database.ConnectionString, database.Provider,
        };
        export.SetAction((result, cancellationToken) => ExportAsync(result.GetValue(exportNip)!, result.GetValue(output)!, database.Configuration(result),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken));

        var correctNip = Nip();
        var name = new Option<string?>("--name") { Description = "The corrected name." };
        var phone = new Option<string?>("--phone") { Description = "The corrected phone number (0812…, +62…); an empty string clears it." };
        var email = new Option<string?>("--email") { Description = "The corrected e-mail address; an empty string clears it." };
        var correct = new Command("correct", "Correct a person's name, phone or e-mail.") { correctNip, name, phone, email, database.ConnectionString, database.Provider };
        correct.SetAction((result, cancellationToken) =>
        {
            var values = new Dictionary<string, string?> { ["name"] = result.GetValue(name), ["phone"] = result.GetValue(phone), ["email"] = result.GetValue(email) };
            return CorrectAsync(result.GetValue(correctNip)!, values, database.Configuration(result), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken);
        });

        var eraseNip = Nip();
        var yes = new Option<bool>("--yes") { Description = "Erase without asking (there is no undo)." };
        var erase = new Command("erase", "Erase a person: chats, accounts, logbook, evidence and identity removed; scores kept under a pseudonym or deleted (Retention:ErasedScores).")
        {
            eraseNip, yes, database.ConnectionString, database.Provider,
        };
        erase.SetAction((result, cancellationToken) => EraseAsync(result.GetValue(eraseNip)!, result.GetValue(yes), database.Configuration(result),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken));

        return new Command("person", "Personal data rights (UU 27/2022): export, correct, erase one person's data.") { export, correct, erase };
    }

    /// <summary>Runs <paramref name="body"/> on the person with <paramref name="nip"/>, in a started CLI host; 1 when there is no host or no such person.</summary>
    private static async Task<int> WithPersonAsync(string nip, IConfiguration configuration, TextWriter error,
        Func<IServiceProvider, LatsarDb, PersonFootprint, DateTimeOffset, Task<int>> body, CancellationToken cancellationToken)
    {
        await using var services = await CliHost.TryStartAsync(configuration, error);
        if (services is null)
        {
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        if (await PersonFootprint.IdOfNipAsync(db, nip, cancellationToken) is not { } id || await PersonFootprint.FindAsync(db, id, cancellationToken) is not { } person)
        {
            await error.WriteLineAsync($"error: nobody has NIP {nip}.");
            return 1;
        }

        return await body(scope.ServiceProvider, db, person, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());
    }

    private static Task<int> ExportAsync(string nip, string path, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        WithPersonAsync(nip, configuration, error, async (services, db, person, now) =>
        {
            await using (var file = File.Create(path))
            {
                await services.GetRequiredService<PersonExport>().WriteAsync(db, person, now, file, cancellationToken);
            }

            await AuditLog.RecordAsync(db, now, AuditActor.Cli, AuditActions.PersonExport, PersonCorrection.Audit(person.Person), "zip", AuditOrigin.Cli, person.Person.InstitutionId, cancellationToken);
            await output.WriteLineAsync($"Wrote {path}.");
            return 0;
        }, cancellationToken);

    private static async Task<int> CorrectAsync(string nip, Dictionary<string, string?> given, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, value) in given.Where(g => g.Value is not null))
        {
            var (stored, problem) = PersonCorrection.Check(field, value);
            if (problem is not null)
            {
                await error.WriteLineAsync($"error: --{field}: {problem}");
                return 1;
            }

            values[field] = stored!;
        }

        if (values.Count == 0)
        {
            await error.WriteLineAsync("error: give --name, --phone or --email.");
            return 1;
        }

        return await WithPersonAsync(nip, configuration, error, async (_, db, person, now) =>
        {
            var changed = PersonCorrection.Apply(db, person.Person, values, AuditActor.Cli, AuditOrigin.Cli, now);
            await db.SaveChangesAsync(cancellationToken);
            await output.WriteLineAsync(changed.Count == 0 ? "Nothing changed." : "Corrected: " + string.Join(", ", changed) + ".");
            return 0;
        }, cancellationToken);
    }

    private static Task<int> EraseAsync(string nip, bool yes, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        WithPersonAsync(nip, configuration, error, async (services, db, person, now) =>
        {
            if (!yes)
            {
                await output.WriteLineAsync($"Erase {PersonCorrection.Audit(person.Person)}? There is no undo. Type y to go on:");
                if (!string.Equals(Console.In.ReadLine()?.Trim(), "y", StringComparison.OrdinalIgnoreCase))
                {
                    await output.WriteLineAsync("Nothing erased.");
                    return 1;
                }
            }

            var result = await services.GetRequiredService<PersonErasure>().EraseAsync(db, person, AuditActor.Cli, AuditOrigin.Cli, now, cancellationToken);
            await output.WriteLineAsync($"Erased; now {result.Pseudonym}: {result.RowsDeleted} rows deleted, {result.RowsRewritten} rewritten, {result.FilesDeleted} files deleted; scores {(result.ScoresKept ? "kept under the pseudonym" : "deleted")}.");
            return 0;
        }, cancellationToken);
}
