using System.CommandLine;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.StaffConsole;

namespace LatsarBot.Cli;

/// <summary>`console add-admin --nip NIP --name NAME --institution NAME`: the first LAN admin of the organiser console.</summary>
public static class ConsoleCommands
{
    public static Command Build()
    {
        var nip = new Option<string>("--nip") { Description = "The admin's 18-digit NIP.", Required = true };
        var name = new Option<string>("--name") { Description = "Their name, as the console shows it.", Required = true };
        var institution = new Option<string>("--institution") { Description = "The institution they belong to (made when new), e.g. \"LAN RI\".", DefaultValueFactory = _ => "LAN RI" };
        var database = new CliDatabase();
        var addAdmin = new Command("add-admin", "Make a member of staff (new or existing) a LAN admin, who sees every institution in the console.")
        {
            nip, name, institution, database.ConnectionString, database.Provider,
        };
        addAdmin.SetAction((result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration;
            return AddAdminAsync(result.GetValue(nip)!, result.GetValue(name)!, result.GetValue(institution)!, database.Configuration(result), console.Output, console.Error, cancellationToken);
        });
        return new Command("console", "The organiser console (web, at /console).") { addAdmin };
    }

    private static async Task<int> AddAdminAsync(string nip, string name, string institution, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var services = await CliHost.TryStartAsync(configuration, error);
        if (services is null)
        {
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var outcome = await LanAdminSetup.AddAsync(scope.ServiceProvider.GetRequiredService<LatsarDb>(), scope.ServiceProvider.GetRequiredService<CodeHasher>(), nip, name, institution, cancellationToken);
        if (outcome.Error is not null)
        {
            await error.WriteLineAsync("error: " + outcome.Error);
            return 1;
        }

        await CliAudit.RecordAsync(scope.ServiceProvider, Data.Audit.AuditActions.ConsoleAdminAdd, $"{name} ({nip})",
            (outcome.Created ? "created" : "promoted") + (outcome.EnrolmentCode is null ? "" : "; enrolment code issued"), institution: institution, cancellationToken: cancellationToken);
        await output.WriteLineAsync($"{(outcome.Created ? "Created" : "Made")} LAN admin {name} ({nip}).");
        await output.WriteLineAsync(outcome.EnrolmentCode is { } code
            ? $"Enrolment code: {code} (once). In a chat with the bot, type the NIP, then this code; then sign in at /console/masuk, where the bot sends the sign-in code to that chat."
            : "Already bound to a chat: sign in at /console/masuk, and the bot sends the sign-in code there.");
        return 0;
    }
}
