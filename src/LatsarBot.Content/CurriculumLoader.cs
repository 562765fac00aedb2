using LatsarBot.Core.Curriculum;
using LatsarBot.Core.Mooc;
using static LatsarBot.Content.CurriculumRuleIds;

namespace LatsarBot.Content;

/// <summary>
/// Reads content/curriculum (curriculum-format.md): curriculum.yaml lists the welcome video and the agendas in display
/// order; each agenda folder holds one file per mata pelatihan plus _agenda.yaml for the units outside any. Checks
/// every rule of <see cref="CurriculumRuleIds"/> except the post-test ones and reports all errors, not just the first.
/// </summary>
public static class CurriculumLoader
{
    public const string Folder = "curriculum";
    public const string IndexFile = "curriculum.yaml";
    public const string GeneralFile = "_agenda.yaml";

    private sealed record ListedAgenda(string Id, LocalizedText Title, CurriculumTotals.Expectation? Expected, int Line);

    /// <summary>
    /// What one file gave: its group when valid, and the categories of every unit whose category could be read, so
    /// the totals count a unit with, say, a broken quiz instead of adding a misleading totals error on top.
    /// </summary>
    private sealed record GroupRead(string? AgendaId, MataPelatihan? Group, IReadOnlyList<UnitCategory> Census);

    /// <summary>The curriculum, or null when curriculum.yaml or its welcome block is unusable; other errors leave the broken parts out.</summary>
    public static MoocCurriculum? Load(string contentRoot, CurriculumRules rules, CurriculumIds ids, List<ContentError> errors)
    {
        var index = CurriculumYamlNode.Read(Path.Combine(contentRoot, Folder, IndexFile), Shown(IndexFile), errors);
        if (index is null)
        {
            return null;
        }

        index.AllowOnly("welcome", "agendas", "expect_total");
        var welcome = ReadWelcome(index, contentRoot, rules);
        var listed = ReadAgendaList(index, ids);
        var expectedTotal = CurriculumTotals.Read(index, "expect_total");
        var groups = ReadAgendaFolders(contentRoot, listed, rules, ids, errors);
        var agendas = listed.Select(a => new Agenda(a.Id, a.Title, GroupsOf(a.Id, groups))).ToList();

        foreach (var agenda in listed.Where(a => a.Expected is not null))
        {
            var census = groups.Where(g => g.AgendaId == agenda.Id).SelectMany(g => g.Census);
            CurriculumTotals.Check(index.File, $"The agenda '{agenda.Id}'", census, agenda.Expected!, TotalsAgenda, errors);
        }

        if (expectedTotal is not null)
        {
            var census = groups.Where(g => listed.Any(a => a.Id == g.AgendaId)).SelectMany(g => g.Census);
            CurriculumTotals.Check(index.File, "The curriculum", census, expectedTotal, TotalsCurriculum, errors);
        }

        return welcome is null ? null : new MoocCurriculum(welcome, agendas);
    }

    private static List<MataPelatihan> GroupsOf(string agendaId, List<GroupRead> groups) =>
        groups.Where(g => g.AgendaId == agendaId)
            .Select(g => g.Group)
            .OfType<MataPelatihan>()
            .OrderBy(g => g.Order)
            .ThenBy(g => g.Id, StringComparer.Ordinal)
            .ToList();

    internal static UnitCategory? ParseCategory(string name) =>
        Enum.GetValues<UnitCategory>().Cast<UnitCategory?>().FirstOrDefault(c => c.ToString() == name);

    /// <summary>How a file is named in errors: relative to the content folder, '/'-separated on every OS.</summary>
    internal static string Shown(string relativePath) => $"content/{Folder}/{relativePath}";

    private static Welcome? ReadWelcome(CurriculumYamlNode index, string contentRoot, CurriculumRules rules)
    {
        var node = index.Map("welcome");
        if (node is null)
        {
            return null;
        }

        node.AllowOnly("title", "title_en", "media", "body", "body_en");
        var title = node.Localized("title");
        var media = CurriculumMedia.Read(node, contentRoot);
        var body = ReadBody(node, rules);
        return title is not null && media is not null && body is not null ? new Welcome(title, media, body) : null;
    }

    private static List<ListedAgenda> ReadAgendaList(CurriculumYamlNode index, CurriculumIds ids)
    {
        var listed = new List<ListedAgenda>();
        foreach (var node in index.Maps("agendas") ?? [])
        {
            node.AllowOnly("id", "title", "title_en", "expect");
            var id = node.Text("id");
            var idOk = id is not null && ids.Claim(id, node.File, node.LineOf("id"));
            var title = node.Localized("title");
            var expected = CurriculumTotals.Read(node, "expect");
            if (idOk && title is not null)
            {
                listed.Add(new ListedAgenda(id!, title, expected, node.Line));
            }
        }

        return listed;
    }

    /// <summary>Listed agendas first, in their order, so "already used at" points at the earlier place a reader meets.</summary>
    private static List<GroupRead> ReadAgendaFolders(string contentRoot, List<ListedAgenda> listed, CurriculumRules rules, CurriculumIds ids, List<ContentError> errors)
    {
        var root = Path.Combine(contentRoot, Folder);
        var present = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var agenda in listed.Where(a => !present.Contains(a.Id) || !Directory.EnumerateFiles(Path.Combine(root, a.Id), "*.yaml").Any()))
        {
            errors.Add(new ContentError(Shown(IndexFile), agenda.Line, MissingAgenda, $"The agenda '{agenda.Id}' has no folder content/{Folder}/{agenda.Id} with .yaml files."));
        }

        var folders = listed.Select(a => a.Id).Where(present.Contains)
            .Concat(present.Where(f => listed.All(a => a.Id != f)).Order(StringComparer.Ordinal));
        var groups = new List<GroupRead>();
        foreach (var folder in folders)
        {
            var files = Directory.EnumerateFiles(Path.Combine(root, folder), "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var node = CurriculumYamlNode.Read(Path.Combine(root, folder, file), Shown($"{folder}/{file}"), errors);
                if (node is not null)
                {
                    groups.Add(ReadGroup(node, folder, file, listed, contentRoot, rules, ids));
                }
            }
        }

        return groups;
    }

    private static GroupRead ReadGroup(CurriculumYamlNode node, string folder, string fileName, List<ListedAgenda> listed, string contentRoot, CurriculumRules rules, CurriculumIds ids)
    {
        node.AllowOnly("agenda", "id", "title", "title_en", "order", "units");
        var agenda = node.Text("agenda");
        var agendaOk = agenda is not null && CheckAgenda(node, agenda, folder, listed);
        var id = node.Text("id");
        var idOk = id is not null && ids.Claim(id, node.File, node.LineOf("id"));
        var general = fileName == GeneralFile;
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var expectedId = general ? $"{agenda ?? folder}-umum" : stem;

        // A readable slug may follow the id ("mp-2-1-berorientasi-pelayanan.yaml"), so a folder listing reads like the syllabus.
        var fits = general ? id == expectedId : id is not null && (stem == id || stem.StartsWith(id + "-", StringComparison.Ordinal));
        if (idOk && !fits)
        {
            var why = general ? $"{GeneralFile} holds the units outside any mata pelatihan and has the id '{expectedId}'" : $"a mata pelatihan file is named after its id: '{id}.yaml' or '{id}-slug.yaml'";
            node.Report(node.LineOf("id"), MataPelatihanFile, $"The id '{id}' does not fit the file: {why}.");
        }

        var title = node.Localized("title");
        var order = node.Integer("order");
        var units = new List<Unit>();
        var census = new List<UnitCategory>();
        var entries = node.Maps("units");
        if (entries is { Count: 0 })
        {
            node.Report(node.LineOf("units"), FieldRequired, "'units' must list at least one unit.");
        }

        foreach (var entry in entries ?? [])
        {
            var (unit, category) = ReadUnit(entry, agenda ?? folder, id ?? "", contentRoot, rules, ids);
            units.AddRange(unit is null ? [] : [unit]);
            census.AddRange(category is null ? [] : [category.Value]);
        }

        var group = agendaOk && idOk && title is not null && order is not null
            ? new MataPelatihan(id!, agenda!, title, order.Value, general, units)
            : null;
        return new GroupRead(agendaOk ? agenda : null, group, census);
    }

    private static bool CheckAgenda(CurriculumYamlNode node, string agenda, string folder, List<ListedAgenda> listed)
    {
        if (listed.All(a => a.Id != agenda))
        {
            node.Report(node.LineOf("agenda"), UnknownAgenda, $"'{agenda}' is not an agenda listed in content/{Folder}/{IndexFile}.");
            return false;
        }

        if (agenda != folder)
        {
            node.Report(node.LineOf("agenda"), UnknownAgenda, $"The file says agenda '{agenda}' but lies in the folder '{folder}'; they must be the same.");
            return false;
        }

        return true;
    }

    private static (Unit? Unit, UnitCategory? Category) ReadUnit(CurriculumYamlNode node, string agendaId, string groupId, string contentRoot, CurriculumRules rules, CurriculumIds ids)
    {
        node.AllowOnly("id", "title", "title_en", "category", "media", "body", "body_en", "quiz");
        var id = node.Text("id");
        var idOk = id is not null && ids.Claim(id, node.File, node.LineOf("id"));
        var title = node.Localized("title");
        var category = ReadCategory(node);
        var media = CurriculumMedia.Read(node, contentRoot);
        var body = ReadBody(node, rules);
        var quiz = ReadQuiz(node, rules, ids);
        var unit = idOk && title is not null && category is not null && media is not null && body is not null && quiz is not null
            ? new Unit(id!, agendaId, groupId, title, category.Value, media, body, quiz)
            : null;
        return (unit, category);
    }

    private static UnitCategory? ReadCategory(CurriculumYamlNode node)
    {
        var text = node.Text("category", missingRule: CurriculumRuleIds.Category);
        if (text is null)
        {
            return null;
        }

        var category = ParseCategory(text);
        if (category is null)
        {
            node.Report(node.LineOf("category"), CurriculumRuleIds.Category, $"'{text}' is not a category; use K, S1 or S2 (DOMAIN.md AMB-09).");
        }

        return category;
    }

    private static LocalizedText? ReadBody(CurriculumYamlNode node, CurriculumRules rules)
    {
        var body = node.Localized("body", missingRule: Body);
        var tooLong = new[] { ("body", body?.Indonesian), ("body_en", body?.English) }
            .Where(b => b.Item2 is not null && b.Item2.Length > rules.MaxBodyLength)
            .ToList();
        foreach (var (key, text) in tooLong)
        {
            node.Report(node.LineOf(key), Body, $"'{key}' has {text!.Length} characters; at most {rules.MaxBodyLength} fit a chat message.");
        }

        return tooLong.Count == 0 ? body : null;
    }

    private static List<QuizQuestion>? ReadQuiz(CurriculumYamlNode node, CurriculumRules rules, CurriculumIds ids)
    {
        var entries = node.Maps("quiz", missingRule: QuizCount);
        if (entries is null)
        {
            return null;
        }

        var valid = true;
        if (entries.Count < rules.MinQuizQuestions || entries.Count > rules.MaxQuizQuestions)
        {
            node.Report(node.LineOf("quiz"), QuizCount, $"The micro-quiz has {entries.Count} questions; it needs {rules.MinQuizQuestions} to {rules.MaxQuizQuestions}.");
            valid = false;
        }

        var questions = new List<QuizQuestion>();
        foreach (var entry in entries)
        {
            var question = CurriculumQuestions.Read(entry, ids, rules.MinQuizOptions, rules.MaxQuizOptions);
            if (question is null)
            {
                valid = false;
            }
            else
            {
                questions.Add(new QuizQuestion(question.Id, question.Text, question.Options, question.Explanation));
            }
        }

        return valid ? questions : null;
    }
}
