using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Core.Curriculum;
using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.Progress;
using LatsarBot.Core.Mooc.Trophies;
using LatsarBot.Data.Mooc;

namespace LatsarBot.Dialogs.Mooc;

/// <summary>How MOOC standing is shown in chat: stars as glyphs, the /progres card, a unit's media.</summary>
public static class MoocView
{
    public static string Stars(int trophies, MoocRules rules)
    {
        var display = StarDisplay.For(trophies, rules);
        var glyphs = string.Concat(display.Glyphs().Select(g => g switch
        {
            StarGlyph.FullStar => "⭐",
            StarGlyph.HalfStar => "🌗",
            _ => "",
        }));
        return glyphs.Length == 0 ? "☆" : glyphs;
    }

    public static Reply ProgressCard(Turn turn, MoocLearner learner, IReadOnlyDictionary<string, UnitProgress> units, IReadOnlyList<PostTestAttemptRecord> attempts)
    {
        var rules = learner.Rules;
        var minimums = learner.Minimums(units);
        var lines = new List<string>
        {
            turn.Text(MoocMsg.ProgressTitle),
            turn.Text(MoocMsg.ProgressTrophies, ("trophies", minimums.Total.Have), ("max", rules.Trophies.MaxTotal), ("stars", Stars(minimums.Total.Have, rules))),
        };
        lines.AddRange(MinimumLines(turn, minimums));
        lines.Add(AttitudeScore.Evaluate(minimums, rules) is AttitudeResult.Complete complete
            ? turn.Text(MoocMsg.ProgressAttitude, ("score", complete.Score.ToString("0.00", Culture(turn))))
            : turn.Text(MoocMsg.ProgressAttitudeNone));
        var recorded = attempts.Where(a => a.RecordedScore is not null).Select(a => a.RecordedScore).Max();
        var counted = attempts.Count(a => a.Status != PostTestAttemptStatus.InProgress);
        lines.Add(recorded is { } score
            ? turn.Text(MoocMsg.ProgressPostTest, ("score", score.ToString("0.00", Culture(turn))), ("attempts", counted))
            : turn.Text(MoocMsg.ProgressPostTestNone, ("attempts", counted)));
        return new Reply(string.Join("\n", lines));
    }

    public static IEnumerable<string> MinimumLines(Turn turn, MinimumsStatus minimums, bool missingOnly = false)
    {
        (string Key, MinimumRequirement Requirement)[] all =
        [
            (MoocMsg.MinimumTotal, minimums.Total),
            (MoocMsg.MinimumK, minimums.K),
            (MoocMsg.MinimumS1, minimums.S1),
            (MoocMsg.MinimumS2, minimums.S2),
        ];
        return all.Where(m => !missingOnly || !m.Requirement.IsMet).Select(m => turn.Text(
            m.Requirement.IsMet ? MoocMsg.ProgressMinimumMet : MoocMsg.ProgressMinimumMissing,
            ("name", turn.Text(m.Key)), ("have", m.Requirement.Have), ("required", m.Requirement.Required), ("missing", m.Requirement.Missing)));
    }

    /// <summary>The unit's medium as an attachment: a shipped file is served under /content/.</summary>
    public static ReplyAttachment Media(UnitMedia media, string title) => new(
        media.Kind switch
        {
            MediaKind.Video or MediaKind.Animation => AttachmentKind.Video,
            MediaKind.Podcast => AttachmentKind.Audio,
            MediaKind.Infographic => AttachmentKind.Image,
            _ => AttachmentKind.Link,
        },
        media.Url?.ToString() ?? "/content/" + media.File,
        media.Caption ?? title);

    public static System.Globalization.CultureInfo Culture(Turn turn) =>
        System.Globalization.CultureInfo.GetCultureInfo(turn.Language == Core.Participants.Language.En ? "en-US" : "id-ID");
}
