using LatsarBot.Bot.Channels;
using System.Globalization;
using System.Text;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Messages;
using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Announcements;

namespace LatsarBot.Dialogs.Announcements;

/// <summary>How an announcement, its preview and its delivery report read, in a given language.</summary>
public static class AnnouncementView
{
    /// <summary>Longest text an organiser may send: one Telegram message (4,096) with room for the header.</summary>
    public const int MaxTextLength = 3500;

    /// <summary>Room for the institution's header the text is framed in (<see cref="Message"/>).</summary>
    private const int HeaderRoom = 200;

    /// <summary>
    /// The longest announcement text: <see cref="MaxTextLength"/>, less where a carried channel's messages are shorter,
    /// so one text reaches every channel in one message.
    /// </summary>
    public static int MaxTextLengthFor(ChannelDirectory channels) => Math.Min(MaxTextLength, channels.MaxTextLength - HeaderRoom);

    /// <summary>The message a recipient gets; the preview shows the organiser exactly this.</summary>
    public static Reply Message(MessageCatalog messages, Language language, string institution, string text) =>
        new(messages.Text(language, AnnouncementMsg.Message, ("institution", institution), ("text", text)));

    public static string Eta(MessageCatalog messages, Language language, TimeSpan eta) => eta switch
    {
        { TotalSeconds: < 1 } => messages.Text(language, AnnouncementMsg.EtaImmediate),
        { TotalSeconds: < 60 } => messages.Text(language, AnnouncementMsg.EtaSeconds, ("seconds", (int)Math.Ceiling(eta.TotalSeconds))),
        _ => messages.Text(language, AnnouncementMsg.EtaMinutes, ("minutes", (int)eta.TotalMinutes), ("seconds", eta.Seconds)),
    };

    /// <summary>Count, channels, ETA, and the warnings an organiser should see before pressing Kirim.</summary>
    public static string Summary(MessageCatalog messages, Language language, AudienceShape shape, ChannelRates rates, ChannelDirectory channelDirectory)
    {
        if (shape.Total == 0)
        {
            return messages.Text(language, AnnouncementMsg.PreviewNobody);
        }

        var channels = string.Join(", ", shape.PerChannel.OrderByDescending(c => c.Value).Select(c => $"{channelDirectory.DisplayName(c.Key)} {c.Value.ToString("N0", Culture(language))}"));
        var text = new StringBuilder(messages.Text(language, AnnouncementMsg.PreviewSummary,
            ("count", shape.Total.ToString("N0", Culture(language))),
            ("channels", channels.Length > 0 ? channels : "-"),
            ("eta", Eta(messages, language, DeliveryEstimate.Of(shape.PerChannel, rates.MessagesPerSecond)))));
        if (shape.Unreachable > 0)
        {
            text.Append('\n').Append(messages.Text(language, AnnouncementMsg.PreviewUnreachable, ("count", shape.Unreachable)));
        }

        if (shape.InQuietHours > 0)
        {
            text.Append('\n').Append(messages.Text(language, AnnouncementMsg.PreviewQuiet, ("count", shape.InQuietHours)));
        }

        return text.ToString();
    }

    public static string Report(MessageCatalog messages, Language language, Announcement announcement, DeliveryReport report, TimeZoneCode zone, ChannelDirectory? channelDirectory = null)
    {
        var text = new StringBuilder(messages.Text(language, AnnouncementMsg.Report,
            ("id", announcement.Id),
            ("audience", announcement.AudienceLabel),
            ("status", Status(messages, language, announcement, zone)),
            ("recipients", report.Recipients),
            ("queued", report.Queued),
            ("sent", report.Sent),
            ("failed", report.Failed),
            ("unreachable", report.Unreachable),
            ("pending", report.Pending),
            ("cancelled", report.Cancelled),
            ("delivered", report.Delivered),
            ("read", report.Read),
            ("held", report.Held)));
        foreach (var failure in report.Failures.Concat(report.HeldReasons))
        {
            text.Append('\n').Append(messages.Text(language, AnnouncementMsg.ReportFailure, ("count", failure.Count), ("reason", failure.Reason)));
        }

        if (report.SentByChannel.Count > 0)
        {
            text.Append('\n').Append(messages.Text(language, DeliveryMsg.SentBy, ("channels", string.Join(", ",
                report.SentByChannel.Select(c => $"{channelDirectory?.DisplayName(c.Channel) ?? c.Channel} {c.Count}")))));
        }

        return text.ToString();
    }

    public static string Status(MessageCatalog messages, Language language, Announcement announcement, TimeZoneCode zone) => announcement.Status switch
    {
        AnnouncementStatus.Scheduled => messages.Text(language, AnnouncementMsg.StatusScheduled, ("when", When(announcement.ScheduledFor ?? announcement.CreatedAt, zone, language))),
        AnnouncementStatus.Sending => messages.Text(language, AnnouncementMsg.StatusSending),
        AnnouncementStatus.Delivering => messages.Text(language, AnnouncementMsg.StatusDelivering),
        AnnouncementStatus.Completed => messages.Text(language, AnnouncementMsg.StatusCompleted),
        _ => messages.Text(language, AnnouncementMsg.StatusCancelled),
    };

    /// <summary>"01/12/2026 08.00 WIB" in the reader's zone.</summary>
    public static string When(DateTimeOffset instant, TimeZoneCode zone, Language language) =>
        zone.ToLocal(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) + " " + zone.Label();

    /// <summary>Reads "01/12/2026 08:00" (or "2026-12-01 08:00", "." as the time separator) as local time in <paramref name="zone"/>.</summary>
    public static DateTimeOffset? ParseWhen(string? text, TimeZoneCode zone)
    {
        string[] formats = ["dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "dd-MM-yyyy HH:mm", "d-M-yyyy H:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm"];
        var cleaned = (text ?? "").Trim().Replace('.', ':');
        return DateTime.TryParseExact(cleaned, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, TimeSpan.FromHours((int)zone))
            : null;
    }

    private static CultureInfo Culture(Language language) => CultureInfo.GetCultureInfo(language == Language.En ? "en-US" : "id-ID");
}
