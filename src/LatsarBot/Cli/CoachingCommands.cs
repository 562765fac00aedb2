using System.CommandLine;
using LatsarBot.Coaching;
using LatsarBot.Data;
using LatsarBot.Data.Coaching;
using LatsarBot.Dialogs.Coaching;

namespace LatsarBot.Cli;

/// <summary>`coaching assign --cohort NAME [--class NAME] [--apply]`: proposes facilitators and coaches, and applies them when asked; `coaching overdue` lists late answers.</summary>
public static class CoachingCommands
{
    public const int ExitApplied = 0;
    public const int ExitFailed = 1;

    public static Command Build()
    {
        var cohort = new Option<string>("--cohort") { Description = "The cohort (angkatan) name, as on the roster.", Required = true };
        var kelas = new Option<string?>("--class") { Description = "Only this class of the cohort." };
        var institution = new Option<string?>("--institution") { Description = "The institution running the cohort, when several have one of that name." };
        var apply = new Option<bool>("--apply") { Description = "Write the proposal: coaches on the participants, facilitators per agenda. Without it the proposal is only shown (asked to confirm on a terminal)." };
        var database = new CliDatabase();
        var assign = new Command("assign", "Propose facilitators per agenda (by expertise) and coaches per participant (preferring the class's online coaches), spread evenly.")
        {
            cohort, kelas, institution, apply, database.ConnectionString, database.Provider,
        };
        assign.SetAction((result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration;
            var scope = new AssignScope(result.GetValue(cohort)!, result.GetValue(kelas), result.GetValue(institution));
            return AssignAsync(scope, result.GetValue(apply), database.Configuration(result), console.Output, console.Error, cancellationToken);
        });
        return new Command("coaching", "Coaches and facilitators: assignment and overdue e-coaching threads.") { assign, CoachingOverdueCommand.Build() };
    }

    private static async Task<int> AssignAsync(
        AssignScope request, bool apply, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (cohortName, className, institution) = request;
        await using var services = await CliHost.TryStartAsync(configuration, error);
        if (services is null)
        {
            return ExitFailed;
        }

        await using var scope = services.CreateAsyncScope();
        var assignments = scope.ServiceProvider.GetRequiredService<TeachingAssignments>();
        var cohort = await assignments.CohortAsync(cohortName, institution, cancellationToken);
        if (cohort is null)
        {
            await error.WriteLineAsync($"error: no cohort named '{cohortName}'{(institution is null ? "" : $" at {institution}")}");
            return ExitFailed;
        }

        var onlyClass = className is null ? null : cohort.Classes.FirstOrDefault(c => string.Equals(c.Name, className.Trim(), StringComparison.OrdinalIgnoreCase));
        if (className is not null && onlyClass is null)
        {
            await error.WriteLineAsync($"error: {cohort.Name} has no class '{className}' (it has {string.Join(", ", cohort.Classes.OrderBy(c => c.Id).Select(c => c.Name))})");
            return ExitFailed;
        }

        var run = await assignments.ProposeAsync(cohort, onlyClass, cancellationToken);
        foreach (var line in AssignmentReport.Lines(run))
        {
            await output.WriteLineAsync(line);
        }

        // Only a person at a terminal can answer; a script or a test without --apply just gets the proposal.
        if (!apply && ReferenceEquals(output, Console.Out) && !Console.IsInputRedirected)
        {
            await output.WriteAsync("Apply this proposal? [y/N] ");
            apply = (Console.ReadLine() ?? "").Trim().ToLowerInvariant() is "y" or "yes" or "ya";
        }

        if (!apply)
        {
            await output.WriteLineAsync("not applied: nothing written (add --apply to apply it)");
            return ExitApplied;
        }

        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await assignments.ApplyAsync(run, time.GetUtcNow(), cancellationToken);
        await scope.ServiceProvider.GetRequiredService<LatsarDb>().SaveChangesAsync(cancellationToken);
        var applied = $"applied: {run.Proposal.CoachOfParticipants.Count()} participant(s) given a coach, {run.FacilitatedAgendas} agenda(s) given a facilitator";
        await CliAudit.RecordAsync(scope.ServiceProvider, Data.Audit.AuditActions.TeachingAssign, cohort.Name + (onlyClass is null ? "" : " / " + onlyClass.Name), applied, institution: null, cohort: cohort.Name, cancellationToken: cancellationToken);
        await output.WriteLineAsync(applied);
        return ExitApplied;
    }
}

/// <summary>What `coaching assign` was asked to cover.</summary>
internal sealed record AssignScope(string Cohort, string? Class, string? Institution);
