using LatsarBot.Bot.Activities;
using LatsarBot.Core.Coaching;

namespace LatsarBot.Learning.Coaching;

/// <summary>The "Coaching" section of appsettings.json.</summary>
public sealed class CoachingOptions
{
    /// <summary>Working days (Mon–Fri less <see cref="Holidays"/>) a coach has to answer, counted after the day of the message.</summary>
    public int ReplyWorkingDays { get; set; } = ReplyDeadline.DefaultWorkingDays;

    /// <summary>Days that are not working days, as yyyy-MM-dd: the institution's own, plus content/holidays.yaml (added by the host).</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>
    /// Institution name → the chat id of a group with topics (on the channel that has them, Telegram today) where that
    /// institution's coaches coach: each participant gets a topic there. An institution without one relays to each
    /// coach's own chat.
    /// </summary>
    public Dictionary<string, string> CoachGroups { get; set; } = [];

    /// <summary>
    /// The key's name before other channels came (<c>Coaching:TelegramGroups</c>), still read so an older appsettings or
    /// environment keeps its groups; entries join <see cref="CoachGroups"/>, which wins on the same institution.
    /// </summary>
    public Dictionary<string, string> TelegramGroups
    {
        get => [];
        set
        {
            foreach (var (institution, chat) in value)
            {
                CoachGroups.TryAdd(institution, chat);
            }
        }
    }

    /// <summary>The channel id of Microsoft Teams, whose team channels hold a thread per participant.</summary>
    public const string TeamsChannel = "teams";

    /// <summary>
    /// Institution name → the id of a Teams channel (19:…@thread.tacv2) where that institution's coaches coach: each
    /// participant gets a thread there. Used for an institution without a group in <see cref="CoachGroups"/>.
    /// </summary>
    public Dictionary<string, string> TeamsChannels { get; set; } = [];

    public string? TeamsChannelOf(string? institutionName) =>
        institutionName is not null && TeamsChannels.TryGetValue(institutionName, out var channel) && !string.IsNullOrWhiteSpace(channel) ? channel.Trim() : null;

    public string? GroupOf(string? institutionName) =>
        institutionName is not null && CoachGroups.TryGetValue(institutionName, out var chat) && !string.IsNullOrWhiteSpace(chat) ? chat.Trim() : null;

    /// <summary>Whether the activity comes from a coach group (or a coaches' Teams channel), on <paramref name="groupChannel"/> (the channel whose groups have topics).</summary>
    public bool IsCoachGroup(Activity activity, string? groupChannel) =>
        (activity.Channel == groupChannel && CoachGroups.Values.Any(g => g.Trim() == activity.ConversationId))
        || (activity.Channel == TeamsChannel && TeamsChannels.Values.Any(c => c.Trim() == activity.ConversationId));
}
