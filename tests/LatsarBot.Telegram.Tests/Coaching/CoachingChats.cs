using System.Text.Json.Nodes;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Testing.FakeTelegram;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Telegram.Tests.Coaching;

/// <summary>
/// Several people on Telegram at once, seen from the fake Bot API: one update counter for all of them (getUpdates
/// confirms by offset), logins bound straight in the database, and waits on what the bot delivered.
/// </summary>
public sealed class CoachingChats(FakeBotApiServer fake, TelegramTestHost host)
{
    private int _nextUpdate = 1;

    /// <summary>Binds Telegram user <paramref name="user"/> to the person named <paramref name="name"/> (created as staff with <paramref name="role"/> if missing) and opens their chat.</summary>
    public async Task<int> LogInAsync(long user, string name, Role? role = null)
    {
        int personId;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
            var person = await db.People.FirstOrDefaultAsync(p => p.Name == name);
            if (person is null)
            {
                var institution = await db.Institutions.FirstAsync();
                person = new StaffMember { InstitutionId = institution.Id, Name = name, StaffRole = role ?? Role.Coach };
                db.Staff.Add((StaffMember)person);
                await db.SaveChangesAsync();
            }

            var chat = user.ToString(System.Globalization.CultureInfo.InvariantCulture);
            db.ChannelIdentities.Add(new ChannelIdentity { Channel = "telegram", ChannelUserId = chat, ConversationId = chat, PersonId = person.Id, BoundAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            personId = person.Id;
        }

        await SayAsync(user, "/menu", m => m.Any(x => x.Text?.StartsWith("<b>Menu utama</b>", StringComparison.Ordinal) == true));
        return personId;
    }

    public IReadOnlyList<FakeBotApiRequest> To(long chat) => fake.Delivered.Where(d => d.ChatId == chat).ToList();

    public Task<IReadOnlyList<FakeBotApiRequest>> SayAsync(long user, string text, Func<IReadOnlyList<FakeBotApiRequest>, bool> until) =>
        StepAsync(user, FakeUpdates.Text(_nextUpdate++, user, text), until);

    public Task<IReadOnlyList<FakeBotApiRequest>> PressAsync(long user, string data, Func<IReadOnlyList<FakeBotApiRequest>, bool> until) =>
        StepAsync(user, FakeUpdates.Callback(_nextUpdate++, user, data), until);

    public Task<IReadOnlyList<FakeBotApiRequest>> ReplyAsync(long user, long repliedTo, string text, Func<IReadOnlyList<FakeBotApiRequest>, bool> until) =>
        StepAsync(user, FakeUpdates.ReplyTo(_nextUpdate++, user, repliedTo, text), until);

    /// <summary>A member writes in a group's topic; <paramref name="watch"/> is the chat whose new messages are waited on.</summary>
    public Task<IReadOnlyList<FakeBotApiRequest>> InTopicAsync(long group, int topic, long user, string text, long watch, Func<IReadOnlyList<FakeBotApiRequest>, bool> until) =>
        StepAsync(watch, FakeUpdates.InTopic(_nextUpdate++, group, topic, user, text), until);

    /// <summary>Waits until the messages delivered to <paramref name="chat"/> so far satisfy <paramref name="until"/>.</summary>
    public async Task<IReadOnlyList<FakeBotApiRequest>> WaitForAsync(long chat, Func<IReadOnlyList<FakeBotApiRequest>, bool> until)
    {
        await fake.WaitAsync(_ => until(To(chat)));
        return To(chat);
    }

    /// <summary>
    /// Waits until every relay is marked sent: the sender remembers which thread a message belongs to right after
    /// Telegram accepts it, a moment after the fake has recorded it, and a reply-to must not overtake that.
    /// </summary>
    public async Task RelaysSentAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
                if (!await db.Outbox.AnyAsync(o => o.Key != null && o.Key.StartsWith("thread:") && o.Status == Data.Outbox.OutboxStatus.Pending, timeout.Token))
                {
                    return;
                }
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    private async Task<IReadOnlyList<FakeBotApiRequest>> StepAsync(long watch, JsonObject update, Func<IReadOnlyList<FakeBotApiRequest>, bool> until)
    {
        var before = To(watch).Count;
        await fake.PushAsync(update);
        IReadOnlyList<FakeBotApiRequest> New() => To(watch).Skip(before).ToList();
        await fake.WaitAsync(_ => until(New()));
        return New();
    }

    public static Func<IReadOnlyList<FakeBotApiRequest>, bool> Says(string start) =>
        messages => messages.Any(m => m.Text?.StartsWith(start, StringComparison.Ordinal) == true);
}
