using LatsarBot.Bot.Activities;
using LatsarBot.Core.Curriculum;
using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.Progress;
using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Testing;

/// <summary>Shortcuts for MOOC tests: a logged-in demo participant, trophies put straight in the database, and the right answer found the way a person would, by reading the options.</summary>
public static class MoocFixture
{
    public static Task<TestFlow> LoggedInAsync(BotHarness bot, string channel = "test") => DemoPeople.LoggedInAsync(bot, channel);

    /// <summary>Trophies for the first units of each category, the welcome already seen.</summary>
    public static Task AwardAsync(BotHarness bot, int k, int s1, int s2) => MoocTrophies.AwardAsync(bot, DemoPeople.Nip, k, s1, s2, welcomeSeen: true);

    public static ReplyButton Answer(BotHarness bot, Reply question, bool right = true) =>
        MoocAnswers.Answer(bot.Services.GetRequiredService<MoocCurriculum>(), bot.Services.GetRequiredService<PostTestPool>(), question, right);

    public static bool IsS1Question(BotHarness bot, Reply question) => MoocAnswers.IsS1(bot.Services.GetRequiredService<PostTestPool>(), question);

    public static async Task AddFinishedAttemptsAsync(BotHarness bot, int count, decimal raw)
    {
        await using var db = bot.NewContext();
        var participant = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
        for (var number = 1; number <= count; number++)
        {
            db.PostTestAttempts.Add(new PostTestAttemptRecord
            {
                ParticipantId = participant.Id,
                Number = number,
                StartedAt = bot.Time.GetUtcNow(),
                FinishedAt = bot.Time.GetUtcNow(),
                ItemsJson = "[]",
                Status = PostTestAttemptStatus.Finished,
                RawScore = raw,
                Passed = false,
            });
        }

        await db.SaveChangesAsync();
    }
}
