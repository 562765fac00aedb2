using System.CommandLine;
using LatsarBot.Retention;

namespace LatsarBot.Cli;

/// <summary>`retention run [--dry-run]`: the nightly retention run now, or what it would remove.</summary>
public static class RetentionCommands
{
    public static Command Build()
    {
        var database = new CliDatabase();
        var dryRun = new Option<bool>("--dry-run") { Description = "Count what is due without removing anything." };
        var run = new Command("run", "Apply the Retention:* periods now (what the nightly job does).") { dryRun, database.ConnectionString, database.Provider };
        run.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            await using var services = await CliHost.TryStartAsync(database.Configuration(result), result.InvocationConfiguration.Error);
            if (services is null)
            {
                return 1;
            }

            await using var scope = services.CreateAsyncScope();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
            var report = await scope.ServiceProvider.GetRequiredService<RetentionRunner>().RunAsync(now, result.GetValue(dryRun), cancellationToken);
            await output.WriteLineAsync("Retention " + report);
            return 0;
        });
        return new Command("retention", "Retention of chats, messages, files and evidence (Retention:* in appsettings.json).") { run };
    }
}
