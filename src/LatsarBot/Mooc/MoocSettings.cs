using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.PostTest;
using LatsarBot.Core.Mooc.Trophies;
using LatsarBot.Dialogs.Mooc;

namespace LatsarBot.Mooc;

/// <summary>
/// The "Mooc" section of appsettings.json: the DOMAIN.md A.15 parameters an institution may change. Anything left
/// out keeps its A.15 default; the content check rejects a combination the rules cannot work with.
/// </summary>
public sealed class MoocSettings
{
    public TrophySettings Trophies { get; set; } = new();

    public PostTestSettingsSection PostTest { get; set; } = new();

    public static MoocSettings From(IConfiguration configuration) => configuration.GetSection("Mooc").Get<MoocSettings>() ?? new MoocSettings();

    public MoocRules ToRules()
    {
        var trophies = TrophyRules.Default;
        var postTest = PostTestRules.Default;
        return MoocRules.Default with
        {
            Trophies = trophies with
            {
                MinTotal = Trophies.MinTotal ?? trophies.MinTotal,
                HalfStarAt = Trophies.HalfStarAt ?? trophies.HalfStarAt,
                FullStarAt = Trophies.FullStarAt ?? trophies.FullStarAt,
                UnitPassRatio = Trophies.UnitPassRatio ?? trophies.UnitPassRatio,
                Minimums = new TrophyMinimums(
                    Trophies.MinimumK ?? trophies.Minimums.K,
                    Trophies.MinimumS1Ratio ?? trophies.Minimums.S1Ratio,
                    Trophies.MinimumS2 ?? trophies.Minimums.S2),
                AttitudeMapping = trophies.AttitudeMapping with { Mode = Trophies.AttitudeMode ?? trophies.AttitudeMapping.Mode },
            },
            PostTest = postTest with
            {
                PassMark = PostTest.PassMark ?? postTest.PassMark,
                S1Weight = PostTest.S1Weight ?? postTest.S1Weight,
                S2Weight = PostTest.S2Weight ?? postTest.S2Weight,
                S1Items = PostTest.S1Items ?? postTest.S1Items,
                S2Items = PostTest.S2Items ?? postTest.S2Items,
                Mode = PostTest.Mode ?? postTest.Mode,
                Agendas = PostTest.Agendas is { Length: > 0 } agendas ? agendas : postTest.Agendas,
            },
        };
    }

    public Core.Mooc.PostTest.PostTestSettings ToPostTestSettings()
    {
        var defaults = Core.Mooc.PostTest.PostTestSettings.Default;
        return new Core.Mooc.PostTest.PostTestSettings(
            PostTest.TimeLimitMinutes is { } minutes ? (minutes > 0 ? TimeSpan.FromMinutes(minutes) : null) : defaults.TimeLimit,
            PostTest.RequireMinimums ?? defaults.RequireMinimums,
            PostTest.AbandonedCounts ?? defaults.AbandonedCounts);
    }

    public sealed class TrophySettings
    {
        public int? MinTotal { get; set; }

        public int? HalfStarAt { get; set; }

        public int? FullStarAt { get; set; }

        public int? MinimumK { get; set; }

        public decimal? MinimumS1Ratio { get; set; }

        public int? MinimumS2 { get; set; }

        public decimal? UnitPassRatio { get; set; }

        /// <summary>AMB-02/03: LinearTopAnchored (default), BandFloor or BandCeiling.</summary>
        public AttitudeMappingMode? AttitudeMode { get; set; }
    }

    public sealed class PostTestSettingsSection
    {
        public decimal? PassMark { get; set; }

        public decimal? S1Weight { get; set; }

        public decimal? S2Weight { get; set; }

        public int? S1Items { get; set; }

        public int? S2Items { get; set; }

        /// <summary>AMB-10: LockOnPass (default) or ImproveAllowed.</summary>
        public PostTestMode? Mode { get; set; }

        /// <summary>AMB-20: which agendas the post test draws from, e.g. [1, 2, 3] (default) or [2, 3].</summary>
        public int[]? Agendas { get; set; }

        /// <summary>0 means no time limit.</summary>
        public int? TimeLimitMinutes { get; set; }

        public bool? RequireMinimums { get; set; }

        public bool? AbandonedCounts { get; set; }
    }
}
