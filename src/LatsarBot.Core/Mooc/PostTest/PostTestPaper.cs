using System.Text.Json;
using LatsarBot.Core.Curriculum;
using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.PostTest;
using RuleItem = LatsarBot.Core.Mooc.PostTest.PostTestItem;

namespace LatsarBot.Core.Mooc.PostTest;

/// <summary>
/// The bridge between the content's post-test banks and the Core draw and scoring rules: drawing a paper,
/// storing it as JSON in the attempt record, and scoring the answers against the keys that never leave the server.
/// </summary>
public static class PostTestPaper
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<DrawnItem> Draw(MoocCurriculum curriculum, PostTestPool pool, Random random, MoocRules rules)
    {
        var bank = pool.S1.Items.Concat(pool.S2.Items)
            .Select(i => new RuleItem(i.Id, i.Category, AgendaNumber(curriculum, i.MataPelatihanId), i.Options.Select((_, index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList()))
            .ToList();
        return PostTestDraw.Draw(bank, random, rules);
    }

    public static string Serialize(IReadOnlyList<DrawnItem> paper) => JsonSerializer.Serialize(paper, Json);

    public static IReadOnlyList<DrawnItem> Parse(string json) => JsonSerializer.Deserialize<List<DrawnItem>>(json, Json) ?? [];

    public static List<string> ParseAnswers(string json) => JsonSerializer.Deserialize<List<string>>(json, Json) ?? [];

    public static string SerializeAnswers(IReadOnlyList<string> answers) => JsonSerializer.Serialize(answers, Json);

    /// <summary>Raw score (AMB-12): unanswered questions count as wrong.</summary>
    public static decimal Score(IReadOnlyList<DrawnItem> paper, IReadOnlyList<string> answers, PostTestPool pool, MoocRules rules)
    {
        AnswerTally Tally(UnitCategory category)
        {
            var asked = paper.Select((item, index) => (item, index)).Where(x => x.item.Category == category).ToList();
            var correct = asked.Count(x => x.index < answers.Count && IsCorrect(pool, x.item, answers[x.index]));
            return new AnswerTally(correct, Math.Max(1, asked.Count));
        }

        return PostTestScore.Raw(Tally(UnitCategory.S1), Tally(UnitCategory.S2), rules);
    }

    public static Core.Curriculum.PostTestItem Item(PostTestPool pool, DrawnItem drawn) =>
        pool.Bank(drawn.Category).Items.First(i => i.Id == drawn.ItemId);

    private static bool IsCorrect(PostTestPool pool, DrawnItem drawn, string optionId) =>
        int.TryParse(optionId, out var index) && Item(pool, drawn).CorrectIndex == index;

    /// <summary>"mp-2-3" → Agenda 2; an item with no mata pelatihan is filed under Agenda I.</summary>
    private static int AgendaNumber(MoocCurriculum curriculum, string? mataPelatihanId)
    {
        var agendaId = mataPelatihanId is null ? null : curriculum.FindMataPelatihan(mataPelatihanId)?.AgendaId;
        return agendaId is not null && agendaId.StartsWith("agenda-", StringComparison.Ordinal) && int.TryParse(agendaId["agenda-".Length..], out var number)
            ? number
            : 1;
    }
}
