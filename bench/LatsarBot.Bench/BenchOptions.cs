using System.Globalization;

namespace LatsarBot.Bench;

/// <summary>
/// The command line: --seconds 20 --warmup 5 --users 16 --targets full,ceiling --out FILE --keep-db.
/// Every number is bounded, so a typo cannot start an hour-long or thousand-user run.
/// </summary>
public sealed record BenchOptions(int Seconds, int WarmupSeconds, int Users, IReadOnlyList<string> Targets, string? Output, bool KeepDatabase)
{
    public const string Full = "full";
    public const string Ceiling = "ceiling";
    public const string CeilingNoGate = "ceiling-nogate";
    public const string Telegram = "telegram";

    public const string WhatsApp = "whatsapp";
    public const string Reminders = "reminders";

    public const string Announce = "announce";

    public const string Teams = "teams";

    public static readonly IReadOnlyList<string> AllTargets = [Full, Ceiling, CeilingNoGate, Telegram, Reminders, Announce, WhatsApp, Teams];

    public const string Usage =
        """
        usage: dotnet run -c Release --project bench/LatsarBot.Bench -- [options]
          --seconds N     measured seconds per target (1-600, default 20)
          --warmup N      warm-up seconds per target, not measured (0-120, default 5)
          --users N       concurrent virtual users, each in its own conversation (1-512, default 16)
          --targets LIST  comma-separated: full, ceiling, ceiling-nogate, telegram, reminders, announce, whatsapp, teams (default full,ceiling);
                          telegram sends 10,000 outbox messages to 2,000 chats through the fake Bot API;
                          reminders fans one reminder slot out to 100,000 participants (BENCH_REMINDER_PARTICIPANTS);
                          announce fans one announcement out to 10,000 recipients (BENCH_ANNOUNCE_RECIPIENTS)
                          teams sends an announcement to 2,000 Teams conversations through the fake connector (BENCH_TEAMS_CONVERSATIONS)
                          (each their own fixed size: --seconds, --warmup and --users do not apply)
          --out FILE      markdown results file to append to (default bench/results/<today>.md)
          --keep-db       keep the SQLite files in the temp folder for inspection
        """;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(20, 5, 16, [Full, Ceiling], null, false);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--seconds" => options with { Seconds = Number(name, Value(), 1, 600) },
                "--warmup" => options with { WarmupSeconds = Number(name, Value(), 0, 120) },
                "--users" => options with { Users = Number(name, Value(), 1, 512) },
                "--targets" => options with { Targets = TargetList(Value()) },
                "--out" => options with { Output = Value() },
                "--keep-db" => options with { KeepDatabase = true },
                _ => throw new ArgumentException($"Unknown option '{name}'."),
            };
        }

        return options;
    }

    private static int Number(string name, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}.");

    private static List<string> TargetList(string text)
    {
        var targets = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        var unknown = targets.Except(AllTargets).ToList();
        return targets.Count > 0 && unknown.Count == 0
            ? targets
            : throw new ArgumentException($"--targets takes {string.Join(", ", AllTargets)}.");
    }
}
