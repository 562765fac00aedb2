using LatsarBot.Core.Curriculum;
using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Testing;

/// <summary>Puts trophies straight into the database: the first units of each category, in learning order.</summary>
public static class MoocTrophies
{
    public static async Task AwardAsync(BotHarness bot, string nip, int k, int s1, int s2, bool welcomeSeen = false)
    {
        var curriculum = bot.Services.GetRequiredService<MoocCurriculum>();
        var units = curriculum.Units.Where(u => u.Category == UnitCategory.K).Take(k)
            .Concat(curriculum.Units.Where(u => u.Category == UnitCategory.S1).Take(s1))
            .Concat(curriculum.Units.Where(u => u.Category == UnitCategory.S2).Take(s2));
        await using var db = bot.NewContext();
        var participant = await db.People.SingleAsync(p => p.Nip == Core.Participants.Nip.FromTrusted(nip));
        var now = bot.Time.GetUtcNow();
        db.UnitProgress.AddRange(units.Select(u => new UnitProgress { ParticipantId = participant.Id, UnitId = u.Id, ConsumedAt = now, BestQuizRatio = 1m, QuizAttempts = 1, TrophyAt = now }));
        if (welcomeSeen)
        {
            db.MoocProgress.Add(new MoocProgress { ParticipantId = participant.Id, WelcomeSeenAt = now });
        }

        await db.SaveChangesAsync();
    }
}
