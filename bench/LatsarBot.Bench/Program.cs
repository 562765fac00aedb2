using LatsarBot.Bench;
using Microsoft.Data.Sqlite;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var root = RepoPaths.Root();
var folder = Path.Combine(Path.GetTempPath(), "latsarbot-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(folder);
var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
var duration = TimeSpan.FromSeconds(options.Seconds);
var results = new List<LoadResult>();
var notes = new List<string>();
TelegramResult? telegram = null;
WhatsAppResult? whatsapp = null;
TeamsResult? teams = null;
RemindersResult? reminders = null;
var announce = "";

try
{
    foreach (var target in options.Targets)
    {
        if (target == BenchOptions.Telegram)
        {
            Console.Error.WriteLine($"bench: telegram: {TelegramTarget.Messages:N0} messages to {TelegramTarget.Chats:N0} chats, limits x{TelegramTarget.Scale}");
            telegram = await TelegramTarget.RunAsync(folder, CancellationToken.None);
            continue;
        }

        if (target == BenchOptions.WhatsApp)
        {
            Console.Error.WriteLine($"bench: whatsapp: {WhatsAppTarget.Messages:N0} messages to {WhatsAppTarget.Numbers:N0} numbers, Meta's limits");
            whatsapp = await WhatsAppTarget.RunAsync(folder, CancellationToken.None);
            continue;
        }

        if (target == BenchOptions.Teams)
        {
            Console.Error.WriteLine($"bench: teams: an announcement to {TeamsTarget.Conversations:N0} conversations, Teams' limits");
            teams = await TeamsTarget.RunAsync(folder, CancellationToken.None);
            continue;
        }

        if (target == BenchOptions.Reminders)
        {
            Console.Error.WriteLine($"bench: reminders: one slot to {RemindersTarget.Participants:N0} participants");
            reminders = await RemindersTarget.RunAsync(root, folder, CancellationToken.None);
            continue;
        }

        if (target == BenchOptions.Announce)
        {
            Console.Error.WriteLine($"bench: announce: fan-out to {AnnounceTarget.Recipients:N0} recipients");
            announce = await AnnounceTarget.RunAsync(folder, Machine.Describe(root), TimeProvider.System.GetUtcNow(), CancellationToken.None);
            continue;
        }

        Console.Error.WriteLine($"bench: {target}: {options.Users} users, {options.WarmupSeconds} s warm-up + {options.Seconds} s measured");
        if (target == BenchOptions.Full)
        {
            await using var full = await FullPipelineTarget.StartAsync(root, folder, options.Users);
            await full.CheckScriptAsync(CancellationToken.None);
            results.Add(await LoadDriver.RunAsync(Targets.Full, options.Users, warmup, duration, full.SendAsync));
            var (sent, pending) = await full.OutboxAsync(CancellationToken.None);
            notes.Add($"full pipeline: the host logged {full.Log.Warnings} warning(s) and {full.Log.Errors} error(s); " +
                $"the outbox dispatcher marked {sent:N0} rows sent, {pending:N0} were still pending at the end.");
            notes.AddRange(full.Log.Samples.Select(s => "  host log: " + s));
        }
        else
        {
            var gate = target == BenchOptions.Ceiling;
            await using var ceiling = await CeilingTarget.StartAsync(folder, gate, options.Users);
            results.Add(await LoadDriver.RunAsync(gate ? Targets.Ceiling : Targets.CeilingNoGate, options.Users, warmup, duration, ceiling.SendAsync));
        }
    }
}
finally
{
    SqliteConnection.ClearAllPools();
    if (options.KeepDatabase)
    {
        Console.Error.WriteLine($"bench: databases kept in {folder}");
    }
    else
    {
        Directory.Delete(folder, recursive: true);
    }
}

var at = TimeProvider.System.GetUtcNow();
var machine = Machine.Describe(root);
var section = (results.Count > 0 ? Report.Build(options, machine, at, results, notes) : "")
    + (telegram is null ? "" : TelegramReport.Build(machine, at, telegram))
    + (reminders is null ? "" : RemindersReport.Build(machine, at, reminders))
    + announce
    + (whatsapp is null ? "" : whatsapp.Markdown(at, machine))
    + (teams is null ? "" : teams.Markdown(at, machine));
var output = options.Output ?? Path.Combine(root, "bench", "results", $"{at:yyyy-MM-dd}.md");
Report.Append(output, section, at);
Console.WriteLine(section);
Console.WriteLine($"(appended to {Path.GetRelativePath(Directory.GetCurrentDirectory(), output)})");
return 0;
