using System.Globalization;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Channels;
using LatsarBot.Bot.Messages;
using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Learning.Coaching;

/// <summary>
/// Writes a message into a participant's coaching thread and its relay to the other side, both through the turn's
/// unit of work: the turn's commit stores the message and queues the relay together (outbox key "thread:" + the
/// message's key), so a relay is neither lost nor sent twice. Callers have asked <see cref="LogbookAccess"/> first.
/// </summary>
public sealed class CoachingRelay(LatsarDb db, MessageCatalog messages, CoachingOptions options, ChannelDirectory channels, ProactiveOutbox outbox)
{
    private IReadOnlySet<DateOnly> Holidays => options.Holidays.ToHashSet();

    /// <summary>The participant with what relays show of them (class, institution, coach), or null.</summary>
    public Task<Participant?> ParticipantAsync(int participantId, CancellationToken cancellationToken) =>
        db.Participants.Include(p => p.Class).Include(p => p.Institution).Include(p => p.Coach)
            .FirstOrDefaultAsync(p => p.Id == participantId, cancellationToken);

    /// <summary>The participant, when <paramref name="staff"/> may do <paramref name="action"/> with them; otherwise null (whether or not they exist).</summary>
    public async Task<Participant?> SubjectAsync(StaffMember staff, int participantId, LogbookAction action, CancellationToken cancellationToken) =>
        await ParticipantAsync(participantId, cancellationToken) is { } participant && LogbookAccess.Allows(staff, participant, action) ? participant : null;

    /// <summary>A participant writes to their coach: stored, the deadline set when nothing was waiting yet, relayed.</summary>
    public async Task<RelayResult> FromParticipantAsync(Participant participant, string text, DateTimeOffset now, CancellationToken cancellationToken)
    {
        participant = await ParticipantAsync(participant.Id, cancellationToken) ?? participant;
        var coach = participant.Coach ?? throw new InvalidOperationException("The participant has no coach.");
        var thread = await ThreadAsync(participant.Id, cancellationToken);
        var message = Append(thread, participant.Id, ThreadAuthor.Participant, text, now, null);
        if (thread.DueAt is null)
        {
            thread.WaitingSince = now;
            thread.DueAt = ReplyDeadline.DueAt(now, participant.TimeZone, options.ReplyWorkingDays, Holidays);
        }

        var details = string.Join(", ", new[] { participant.Ndh is { } ndh ? "NDH " + ndh.ToString(CultureInfo.InvariantCulture) : null, participant.Class?.Name }
            .Where(d => d is not null));
        var relay = new Reply(messages.Text(coach.Language, ThreadMsg.RelayToCoach,
            ("name", participant.Name), ("details", details), ("time", CoachingView.Time(coach.Language, coach.TimeZone, now)),
            ("text", text), ("due", CoachingView.Due(coach.Language, coach.TimeZone, thread.DueAt!.Value))));
        var key = CoachingView.ThreadKey(participant.Id);
        bool reached;
        if (CoachChat(participant.Institution?.Name) is var (groupChannel, group))
        {
            var title = messages.Text(coach.Language, ThreadMsg.TopicTitle, ("name", participant.Name), ("ndh", participant.Ndh), ("class", participant.Class?.Name));
            relay = relay with { Thread = new ReplyThread(key, title) };
            await ProactiveOutbox.AddToChatAsync(db, groupChannel, group, Relay(coach.Id, message, relay), now, cancellationToken);
            reached = true;
        }
        else
        {
            relay = relay with
            {
                Thread = new ReplyThread(key),
                Buttons = [new ReplyButton(messages.Text(coach.Language, ThreadMsg.ButtonReply), CoachingValues.Reply(participant.Id)) { TitleKey = ThreadMsg.ButtonReply }],
            };
            reached = await outbox.AddAsync(db, Relay(coach.Id, message, relay), now, cancellationToken);
        }

        return new RelayResult(coach, thread.DueAt.Value, reached);
    }

    /// <summary>A coach answers (or comments on <paramref name="entry"/>): stored, the wait cleared, relayed to the participant.</summary>
    public async Task<RelayResult> FromCoachAsync(StaffMember coach, Participant participant, string text, LogEntry? entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var thread = await ThreadAsync(participant.Id, cancellationToken);
        var message = Append(thread, coach.Id, ThreadAuthor.Coach, text, now, entry?.Id);
        thread.WaitingSince = null;
        thread.DueAt = null;

        var time = CoachingView.Time(participant.Language, participant.TimeZone, now);
        var relay = entry is null
            ? new Reply(messages.Text(participant.Language, ThreadMsg.RelayToParticipant, ("name", coach.Name), ("time", time), ("text", text)))
            : new Reply(messages.Text(participant.Language, ThreadMsg.RelayComment, ("name", coach.Name), ("time", time),
                ("day", entry.DayNumber), ("activity", entry.PlannedActivity?.Title), ("text", text)));
        relay = relay with
        {
            Thread = new ReplyThread(CoachingView.ThreadKey(participant.Id)),
            Buttons = [new ReplyButton(messages.Text(participant.Language, ThreadMsg.ButtonAsk), CoachingValues.Ask) { TitleKey = ThreadMsg.ButtonAsk }],
        };
        var reached = await outbox.AddAsync(db, Relay(participant.Id, message, relay), now, cancellationToken);
        return new RelayResult(coach, null, reached);
    }

    /// <summary>Where the institution's coaches coach together: its group with topics, else its Teams channel (when Teams is on).</summary>
    private (string Channel, string Chat)? CoachChat(string? institution) =>
        options.GroupOf(institution) is { } group && channels.TopicGroupChannel is { } topics ? (topics, group)
        : options.TeamsChannelOf(institution) is { } channel && channels.Of(CoachingOptions.TeamsChannel) is not null ? (CoachingOptions.TeamsChannel, channel)
        : null;

    private static ProactiveMessage Relay(int personId, ThreadMessage message, Reply reply) =>
        new(personId, "thread:" + message.Key, OutboxPayload.Of(reply)) { Batch = "coaching" };

    private static ThreadMessage Append(CoachingThread thread, int authorId, ThreadAuthor author, string text, DateTimeOffset now, int? entryId)
    {
        var message = new ThreadMessage
        {
            Key = Guid.NewGuid().ToString("N"),
            AuthorId = authorId,
            Author = author,
            Text = text,
            SentAt = now,
            LogEntryId = entryId,
        };
        thread.Messages.Add(message);
        thread.LastMessageAt = now;
        return message;
    }

    private async Task<CoachingThread> ThreadAsync(int participantId, CancellationToken cancellationToken)
    {
        var thread = db.CoachingThreads.Local.FirstOrDefault(t => t.ParticipantId == participantId)
            ?? await db.CoachingThreads.FirstOrDefaultAsync(t => t.ParticipantId == participantId, cancellationToken);
        if (thread is null)
        {
            // Two first messages racing each other: the unique index fails one commit, and that turn runs again.
            thread = new CoachingThread { ParticipantId = participantId };
            db.CoachingThreads.Add(thread);
        }

        return thread;
    }
}
