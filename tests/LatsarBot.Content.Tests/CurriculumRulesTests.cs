using LatsarBot.Testing.Content;
using LatsarBot.Content;

namespace LatsarBot.Content.Tests;

/// <summary>
/// Each curriculum rule, broken in a copy of the shipped content: the check names the rule, the file and the line.
/// The post-test rules are in CurriculumPostTestTests, the totals in CurriculumTotalsTests.
/// </summary>
public sealed class CurriculumRulesTests
{
    private const string Mp11 = "curriculum/agenda-1/mp-1-1.yaml";
    private const string Mp12 = "curriculum/agenda-1/mp-1-2.yaml";
    private const string Mp13 = "curriculum/agenda-1/mp-1-3.yaml";
    private const string Kebijakan = "curriculum/kebijakan/_agenda.yaml";
    private const string Index = "curriculum/curriculum.yaml";

    [Fact]
    public void QuizKey_QuestionWithTwoKeys_ReportedAtTheQuestionsLine()
    {
        var content = CurriculumCopy.OfShippedContent();
        var questionLine = content.LineOf(Mp11, "question: \"Berdirinya Boedi Oetomo");
        content.InsertAfter(Mp11, "- text: \"Hari Sumpah Pemuda\"", "            correct: true");

        var errors = content.Check();

        var error = Assert.Single(errors);
        Assert.Equal((CurriculumCopy.Shown(Mp11), questionLine, "quiz.key"), (error.File, error.Line, error.Rule));
        Assert.Contains("2 options marked", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuizKey_QuestionWithoutKey_ReportedAtTheQuestionsLine()
    {
        var content = CurriculumCopy.OfShippedContent();
        var questionLine = content.LineOf(Mp12, "question: \"Perubahan lingkungan strategis");
        content.Replace(Mp12, "correct: true", "correct: false", after: "id: q-1-2-1-a");

        var errors = content.Check();

        AssertReported(errors, "quiz.key", Mp12, questionLine);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(6)]
    public void QuizOptions_OutsideThreeToFive_ReportedAtTheQuestionsLine(int options)
    {
        var content = CurriculumCopy.OfShippedContent();
        content.Write("curriculum/agenda-1/mp-1-9.yaml", CurriculumBuilders.Group("agenda-1", "mp-1-9", 9, CurriculumBuilders.Unit("u-1-9-1", options: options)));
        var line = content.LineOf("curriculum/agenda-1/mp-1-9.yaml", "question:");

        var errors = content.Check();

        AssertReported(errors, "quiz.options", "curriculum/agenda-1/mp-1-9.yaml", line);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void QuizCount_OutsideOneToThree_ReportedAtTheQuizKey(int questions)
    {
        var content = CurriculumCopy.OfShippedContent();
        var yaml = CurriculumBuilders.Group("agenda-1", "mp-1-9", 9, CurriculumBuilders.Unit("u-1-9-1", questions: questions));
        content.Write("curriculum/agenda-1/mp-1-9.yaml", questions == 0 ? yaml.Replace("quiz:", "quiz: []", StringComparison.Ordinal) : yaml);
        var line = content.LineOf("curriculum/agenda-1/mp-1-9.yaml", "quiz:");

        var errors = content.Check();

        AssertReported(errors, "quiz.count", "curriculum/agenda-1/mp-1-9.yaml", line);
    }

    [Fact]
    public void UnitCategory_NotKS1OrS2_ReportedAtTheCategory()
    {
        var content = CurriculumCopy.OfShippedContent();
        var line = content.Replace(Mp12, "category: S1", "category: S3");

        var errors = content.Check();

        AssertReported(errors, "unit.category", Mp12, line);
    }

    [Theory]
    [InlineData("kind: animation", "kind: film")]
    [InlineData("url: \"https://media.latsarbot.example/mooc/u-1-2-1.mp4\"", "url: \"http://media.latsarbot.example/mooc/u-1-2-1.mp4\"")]
    [InlineData("url: \"https://media.latsarbot.example/mooc/u-1-2-1.mp4\"", "url: \"media/u-1-2-1.mp4\"")]
    [InlineData("file: media/u-1-2-2.svg", "file: media/tidak-ada.svg")]
    [InlineData("file: media/u-1-2-2.svg", "file: ../../etc/passwd")]
    public void UnitMedia_BadKindUrlOrFile_ReportedAtThatLine(string find, string replacement)
    {
        var content = CurriculumCopy.OfShippedContent();
        var line = content.Replace(Mp12, find, replacement);

        var errors = content.Check();

        AssertReported(errors, "unit.media", Mp12, line);
    }

    [Fact]
    public void UnitMedia_BothUrlAndFile_ReportedAtTheMediaBlock()
    {
        var content = CurriculumCopy.OfShippedContent();
        content.InsertAfter(Mp12, "url: \"https://media.latsarbot.example/mooc/u-1-2-1.mp4\"", "      file: media/u-1-2-2.svg");
        var line = content.LineOf(Mp12, "kind: animation");

        var errors = content.Check();

        AssertReported(errors, "unit.media", Mp12, line);
    }

    [Fact]
    public void UnitBody_LongerThan1500Characters_ReportedAtTheBodyKey()
    {
        var content = CurriculumCopy.OfShippedContent();
        var bodyLine = content.LineOf(Mp11, "body: |");
        content.Replace(Mp11, "Kesadaran sebagai satu bangsa", new string('x', 1500) + " Kesadaran sebagai satu bangsa");

        var errors = content.Check();

        AssertReported(errors, "unit.body", Mp11, bodyLine);
    }

    [Fact]
    public void UnitBody_Missing_ReportedAtTheUnit()
    {
        var content = CurriculumCopy.OfShippedContent();
        content.Write("curriculum/agenda-1/mp-1-9.yaml", CurriculumBuilders.Group("agenda-1", "mp-1-9", 9, CurriculumBuilders.Unit("u-1-9-1").Replace("    body: Isi unit uji.\n", "", StringComparison.Ordinal)));
        var line = content.LineOf("curriculum/agenda-1/mp-1-9.yaml", "- id: u-1-9-1");

        var errors = content.Check();

        AssertReported(errors, "unit.body", "curriculum/agenda-1/mp-1-9.yaml", line);
    }

    [Theory]
    [InlineData("id: u-1-1-2", "id: U_1_1_2")]
    [InlineData("id: q-1-1-2-a", "id: q-1-1-2--a")]
    [InlineData("id: mp-1-1", "id: mp 1 1")]
    public void IdFormat_NotLowerCaseDigitsAndHyphens_Reported(string find, string replacement)
    {
        var content = CurriculumCopy.OfShippedContent();
        var line = content.Replace(Mp11, find, replacement);

        var errors = content.Check();

        AssertReported(errors, "id.format", Mp11, line);
    }

    [Theory]
    [InlineData(Mp12, "id: u-1-2-1", "id: u-1-1-1", Mp11)]
    [InlineData(Mp13, "id: q-1-3-2-a", "id: q-1-1-1-a", Mp11)]
    [InlineData(Mp12, "id: mp-1-2", "id: mp-1-1", Mp11)]
    [InlineData("posttest/s1.yaml", "id: pt-s1-001", "id: q-k-1-a", Kebijakan)]
    [InlineData("posttest/s2.yaml", "id: pt-s2-001", "id: pt-s1-001", "posttest/s1.yaml")]
    public void IdDuplicate_IdUsedBefore_ReportedWhereRepeatedNamingTheFirstPlace(string file, string find, string replacement, string firstFile)
    {
        var content = CurriculumCopy.OfShippedContent();
        var line = content.Replace(file, find, replacement);
        var firstLine = content.LineOf(firstFile, replacement);

        var errors = content.Check();

        var error = AssertReported(errors, "id.duplicate", file, line);
        Assert.Contains($"{CurriculumCopy.Shown(firstFile)}:{firstLine}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownAgenda_FileNamesAnAgendaNotInCurriculumYaml_ReportedAtTheAgendaKey()
    {
        var content = CurriculumCopy.OfShippedContent();
        var line = content.Replace(Mp12, "agenda: agenda-1", "agenda: agenda-9");

        var errors = content.Check();

        AssertReported(errors, "curriculum.unknown_agenda", Mp12, line);
    }

    [Fact]
    public void UnknownAgenda_FileInAnotherAgendasFolder_ReportedAtTheAgendaKey()
    {
        var content = CurriculumCopy.OfShippedContent();
        content.Write("curriculum/kebijakan/mp-1-9.yaml", CurriculumBuilders.Group("agenda-1", "mp-1-9", 9, CurriculumBuilders.Unit("u-1-9-1")));

        var errors = content.Check();

        AssertReported(errors, "curriculum.unknown_agenda", "curriculum/kebijakan/mp-1-9.yaml", 1);
    }

    [Fact]
    public void UnknownAgenda_FolderNotListed_ItsFilesReported()
    {
        var content = CurriculumCopy.OfShippedContent();
        content.Write("curriculum/agenda-4/mp-4-1.yaml", CurriculumBuilders.Group("agenda-4", "mp-4-1", 1, CurriculumBuilders.Unit("u-4-1-1")));

        var errors = content.Check();

        AssertReported(errors, "curriculum.unknown_agenda", "curriculum/agenda-4/mp-4-1.yaml", 1);
    }

    [Fact]
    public void MissingAgenda_ListedAgendaWithoutFolder_ReportedAtItsEntry()
    {
        var content = CurriculumCopy.OfShippedContent();
        var line = content.InsertAfter(Index, "expect: {S1: 6, S2: 3}", "  - id: agenda-4");
        content.InsertAfter(Index, "- id: agenda-4", "    title: Agenda IV");
        content.InsertAfter(Index, "title: Agenda IV", "    expect: {S1: 1}");

        var errors = content.Check();

        AssertReported(errors, "curriculum.missing_agenda", Index, line);
    }

    [Fact]
    public void MataPelatihanFile_IdNotTheFileName_ReportedAtTheId()
    {
        var content = CurriculumCopy.OfShippedContent();
        var line = content.Replace(Mp13, "id: mp-1-3", "id: mp-1-30");

        var errors = content.Check();

        AssertReported(errors, "mp.file", Mp13, line);
    }

    [Theory]
    [InlineData("title: Kesiapsiagaan Bela Negara", "titel: Kesiapsiagaan Bela Negara", "field.unknown")]
    [InlineData("order: 3", "order: ketiga", "field.type")]
    [InlineData("title: Kesiapsiagaan Bela Negara", "title: \"\"", "field.required")]
    [InlineData("correct: true", "correct: yes", "field.type")]
    public void Field_UnknownWrongTypeOrEmpty_ReportedAtTheKey(string find, string replacement, string rule)
    {
        var content = CurriculumCopy.OfShippedContent();
        var line = content.Replace(Mp13, find, replacement);

        var errors = content.Check();

        AssertReported(errors, rule, Mp13, line);
    }

    [Fact]
    public void YamlSyntax_KeyTwiceInOneMap_ReportedWithItsLine()
    {
        var content = CurriculumCopy.OfShippedContent();
        var line = content.InsertAfter(Mp13, "order: 3", "order: 4");

        var errors = content.Check();

        AssertReported(errors, "yaml.syntax", Mp13, line);
    }

    [Fact]
    public void YamlSyntax_UnclosedQuote_ReportedAtOrAfterTheBrokenLine()
    {
        var content = CurriculumCopy.OfShippedContent();
        var line = content.Replace(Mp13, "title: Kesiapsiagaan Bela Negara", "title: \"Kesiapsiagaan Bela Negara");

        var errors = content.Check();

        // An unclosed quote is only noticed where the parser gives up, at or after the broken line.
        var error = Assert.Single(errors, e => e.Rule == "yaml.syntax");
        Assert.Equal(CurriculumCopy.Shown(Mp13), error.File);
        Assert.InRange(error.Line, line, line + 3);
    }

    [Fact]
    public void FileMissing_CurriculumYamlDeleted_Reported()
    {
        var content = CurriculumCopy.OfShippedContent();
        content.Delete(Index);

        var errors = content.Check();

        AssertReported(errors, "file.missing", Index, 0);
    }

    /// <summary>Finds the one error with this rule, file and line; a failure lists every error reported.</summary>
    internal static ContentError AssertReported(IReadOnlyList<ContentError> errors, string rule, string file, int line)
    {
        var match = errors.FirstOrDefault(e => e.Rule == rule && e.File == CurriculumCopy.Shown(file) && e.Line == line);
        Assert.True(match is not null, $"Expected {CurriculumCopy.Shown(file)}:{line}: [{rule}] among:\n{string.Join('\n', errors)}");
        return match!;
    }
}
