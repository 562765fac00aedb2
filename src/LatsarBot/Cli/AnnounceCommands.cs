using System.CommandLine;
using System.Globalization;
using LatsarBot.Announcements;

namespace LatsarBot.Cli;

/// <summary>`announce send|report|cancel|list`: announcements from the terminal (see <see cref="AnnouncementConsole"/>).</summary>
public static class AnnounceCommands
{
    public static Command Build()
    {
        var to = new Option<string>("--to") { Description = "all, cohort:NAME, class:COHORT/NAME or role:participant|coach|mentor.", Required = true };
        var text = new Option<string?>("--text") { Description = "The announcement." };
        var file = new Option<string?>("--file") { Description = "A UTF-8 file with the announcement." };
        var at = new Option<string?>("--at") { Description = "Send at this time instead of now, e.g. 2026-12-01T08:00+07:00." };
        var institution = new Option<string?>("--institution") { Description = "The institution, when the database has several." };
        var yes = new Option<bool>("--yes") { Description = "Do not ask for confirmation." };
        var send = new Command("send", "Send an announcement now or at a set time, after a preview with the recipient count and the delivery estimate.") { to, text, file, at, institution, yes };
        send.SetAction((result, cancellationToken) => SendAsync(result.GetValue(to)!, result.GetValue(text), result.GetValue(file), result.GetValue(at), result.GetValue(institution), result.GetValue(yes), cancellationToken));

        var reportId = new Argument<int>("ID");
        var report = new Command("report", "The delivery report of an announcement.") { reportId };
        report.SetAction((result, cancellationToken) => RunAsync(c => c.ReportAsync(result.GetValue(reportId), cancellationToken)));
        var cancelId = new Argument<int>("ID");
        var cancel = new Command("cancel", "Cancel a scheduled or running announcement: nothing more of it is sent.") { cancelId };
        cancel.SetAction((result, cancellationToken) => RunAsync(c => c.CancelAsync(result.GetValue(cancelId), cancellationToken)));
        var list = new Command("list", "The latest announcements with their status.");
        list.SetAction((_, cancellationToken) => RunAsync(c => c.ListAsync(cancellationToken)));
        return new Command("announce", "Announcements to all, a cohort, a class or a role.") { send, report, cancel, list };
    }

    private static async Task<int> SendAsync(string to, string? text, string? file, string? at, string? institution, bool yes, CancellationToken cancellationToken)
    {
        if ((text is null) == (file is null))
        {
            await Console.Error.WriteLineAsync("Give the announcement with either --text or --file.");
            return 1;
        }

        DateTimeOffset? when = null;
        if (at is not null)
        {
            if (!DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) || !at.Contains('+', StringComparison.Ordinal) && !at.EndsWith('Z'))
            {
                await Console.Error.WriteLineAsync($"'{at}' is not a time with its offset, e.g. 2026-12-01T08:00+07:00.");
                return 1;
            }

            when = parsed;
        }

        string body;
        try
        {
            body = text ?? await File.ReadAllTextAsync(file!, cancellationToken);
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"Cannot read {file}: {e.Message}");
            return 1;
        }

        return await RunAsync(c => c.SendAsync(to, body, when, institution, yes, cancellationToken));
    }

    private static async Task<int> RunAsync(Func<AnnouncementConsole, Task<int>> action)
    {
        await using var services = await CliHost.TryStartAsync(CliHost.Configuration(), Console.Error);
        if (services is null)
        {
            return 1;
        }

        return await action(new AnnouncementConsole(services, Console.Out, Console.In));
    }
}
