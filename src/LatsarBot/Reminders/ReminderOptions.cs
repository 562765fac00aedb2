using LatsarBot.Core.Schedule;

namespace LatsarBot.Reminders;

/// <summary>The "Reminders" section of appsettings.json.</summary>
public sealed class ReminderOptions
{
    public QuietHoursOptions QuietHours { get; set; } = new();

    public sealed class QuietHoursOptions
    {
        /// <summary>Local time the quiet night begins, HH:mm.</summary>
        public string Start { get; set; } = "21:00";

        /// <summary>Local time it ends; a reminder due in between goes out then.</summary>
        public string End { get; set; } = "06:00";
    }

    public QuietHours ToQuietHours() => new(TimeOnly.Parse(QuietHours.Start, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(QuietHours.End, System.Globalization.CultureInfo.InvariantCulture));
}
