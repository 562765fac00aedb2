using System.Globalization;
using System.Text;

namespace LatsarBot.Bench;

/// <summary>The Telegram delivery run as a markdown section, against issue 4's targets.</summary>
public static class TelegramReport
{
    public const double TargetShareOfLimit = 0.95;

    public static string Build(string machine, DateTimeOffset at, TelegramResult r)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"## {at:yyyy-MM-dd HH:mm} UTC — Telegram delivery: {r.Messages:N0} messages to {r.Chats:N0} chats through the fake Bot API"));
        text.AppendLine();
        text.AppendLine(r.Database == "Postgres"
            ? "`LATSARBOT_TEST_POSTGRES=… dotnet run -c Release --project bench/LatsarBot.Bench -- --targets telegram`"
            : "`dotnet run -c Release --project bench/LatsarBot.Bench -- --targets telegram`");
        text.AppendLine();
        text.AppendLine("Machine: " + machine + Invariant($". Bench process CPU (host, client and fake together): {r.CpuPercent:F0} % of all cores."));
        text.AppendLine();
        text.AppendLine(Invariant($"Limits scaled ×{r.Scale} in both the fake (429 when broken) and the host's sender: overall {r.GlobalLimit / r.Scale:N0}/s → {r.GlobalLimit:N0}/s, per chat {r.ChatLimit / r.Scale:N0}/s → {r.ChatLimit:N0}/s (bursts unscaled in the fake: 30 overall, 3 per chat; the sender's are {TelegramTarget.SenderGlobalBurst} and 1, see TelegramTarget). Database: {r.Database}. With 5 messages per chat the overall limit is the binding one."));
        text.AppendLine();
        text.AppendLine("| delivered | seconds (first → last) | msg/s | ÷ limit | 429s | duplicates | lost | chats out of order | rows pending / failed |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        text.AppendLine(Invariant($"| {r.Delivered:N0} | {r.Seconds:F1} | {r.PerSecond:N0} | {r.ShareOfLimit:F2} | {r.TooManyRequests} | {r.Duplicates} | {r.Lost} | {r.ChatsOutOfOrder} | {r.Pending} / {r.Failed} |"));
        text.AppendLine();
        text.AppendLine(Invariant($"- rate ÷ limit ≥ {TargetShareOfLimit:F2}: {Verdict(r.ShareOfLimit >= TargetShareOfLimit)} ({r.ShareOfLimit:F2})"));
        text.AppendLine($"- 429s = 0: {Verdict(r.TooManyRequests == 0)} ({r.TooManyRequests})");
        text.AppendLine($"- duplicates = 0: {Verdict(r.Duplicates == 0)} ({r.Duplicates})");
        text.AppendLine($"- lost = 0: {Verdict(r.Lost == 0)} ({r.Lost})");
        text.AppendLine();
        return text.ToString();
    }

    private static string Verdict(bool met) => met ? "met" : "**missed**";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
