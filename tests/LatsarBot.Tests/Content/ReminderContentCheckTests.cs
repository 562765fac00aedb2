using LatsarBot.Content;
using LatsarBot.Core.Schedule;
using LatsarBot.Testing;

namespace LatsarBot.Tests.Content;

/// <summary>content/reminders.yaml and content/holidays.yaml under the content check: each broken rule with file, line and rule id.</summary>
public sealed class ReminderContentCheckTests
{
    [Fact]
    public void Shipped_reminders_and_holidays_load()
    {
        var (bundle, errors) = ContentBundle.Check(TestPaths.Content, Core.Mooc.MoocRules.Default);

        Assert.Empty(errors);
        Assert.Contains(bundle!.Reminders, r => r is { Id: "actualization_log_today", Condition: "no_log_today", When.Daily: true });
        Assert.Contains(bundle.Reminders, r => r is { Id: "mooc_trophies_low", Threshold: 28, When.OffsetDays: -3, When.Anchor: PhaseAnchor.End });
        Assert.True(bundle.Holidays.IsHoliday(new DateOnly(2026, 8, 17)));
        Assert.True(bundle.Holidays.IsHoliday(new DateOnly(2027, 12, 25)));
    }

    [Fact]
    public void Broken_reminders_are_reported_with_file_line_and_rule()
    {
        var content = TestPaths.CopyOfContent();
        File.WriteAllText(Path.Combine(content, "reminders.yaml"), """
            reminders:
              - id: ok_one
                phase: mooc
                when: { time: "09:00", offset_days: -3, from: end }
                condition: trophies_below
                threshold: 28
                text:
                  id: "Trofi {trophies}, kurang {missing}"
                  en: "Trophies {trophies}, {missing} to go"
              - id: bad_one
                phase: pelantikan
                when: { time: "25:00", daily: true }
                condition: sunny_day
                text:
                  id: "Halo"
              - id: bad_two
                phase: actualization
                when: { time: "19:00", daily: true }
                condition: no_log_today
                holiday: defer
                text:
                  id: "Hari ke-{day}, trofi {trophies}"
                  en: "Day {day}"
              - id: ok_one
                phase: classical
                when: { time: "16:00" }
                to: coaches
                condition: always
                threshold: 3
                text:
                  id: "Besok"
                  en: "Tomorrow"
            """);

        var (_, errors) = ContentBundle.Check(content, Core.Mooc.MoocRules.Default);
        var lines = errors.Select(e => e.ToString()).ToList();

        var file = Path.Combine("content", "reminders.yaml");
        Assert.Contains($"{file}:11: [reminder.phase] 'pelantikan' is not a phase; expected mooc, online, actualization, classical or graduation.", lines);
        Assert.Contains(lines, l => l.StartsWith($"{file}:12: [reminder.time] '25:00' is not a local time", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{file}:13: [reminder.condition] 'sunny_day' is not a known condition", StringComparison.Ordinal));
        Assert.Contains($"{file}:15: [reminder.language] 'en' is required.", lines);
        Assert.Contains(lines, l => l.StartsWith($"{file}:20: [reminder.holiday] a daily reminder cannot defer", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{file}:22: [reminder.placeholder] {{trophies}} is not offered by condition 'no_log_today'", StringComparison.Ordinal));
        Assert.Contains($"{file}:24: [reminder.id] 'ok_one' is used by another reminder.", lines);
        Assert.Contains(lines, l => l.StartsWith($"{file}:26: [reminder.when] give exactly one of", StringComparison.Ordinal));
        Assert.Contains($"{file}:27: [reminder.audience] condition 'always' reaches participants, not coaches.", lines);
        Assert.Contains($"{file}:29: [reminder.threshold] condition 'always' takes no threshold.", lines);
        Assert.DoesNotContain(lines, l => l.Contains($"{file}:8:", StringComparison.Ordinal) || l.Contains($"{file}:9:", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_holidays_are_reported_with_file_line_and_rule()
    {
        var content = TestPaths.CopyOfContent();
        File.WriteAllText(Path.Combine(content, "holidays.yaml"), """
            holidays:
              - { date: 2026-08-17, name: "Kemerdekaan", kind: national }
              - { date: 2026-02-30, name: "Tidak ada", kind: national }
              - { date: 2026-08-17, name: "Lagi", kind: national }
              - { date: 2026-12-24, name: "Cuti", kind: bonus }
            """);

        var (_, errors) = ContentBundle.Check(content, Core.Mooc.MoocRules.Default);
        var lines = errors.Select(e => e.ToString()).ToList();

        var file = Path.Combine("content", "holidays.yaml");
        Assert.Contains($"{file}:3: [holiday.date] '2026-02-30' is not a date YYYY-MM-DD.", lines);
        Assert.Contains($"{file}:4: [holiday.duplicate] 2026-08-17 is listed twice.", lines);
        Assert.Contains($"{file}:5: [holiday.kind] 'bonus' is not a kind; expected national or cuti_bersama.", lines);
    }
}
