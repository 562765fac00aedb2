using LatsarBot.Testing.Content;
using static LatsarBot.Content.Tests.CurriculumRulesTests;

namespace LatsarBot.Content.Tests;

/// <summary>The post-test bank rules, each broken in a copy of the shipped content.</summary>
public sealed class CurriculumPostTestTests
{
    private const string S1 = "posttest/s1.yaml";
    private const string S2 = "posttest/s2.yaml";

    [Fact]
    public void PostTestCategory_FileAndCategoryDisagree_ReportedAtTheCategory()
    {
        var content = CurriculumCopy.OfShippedContent();
        var line = content.Replace(S2, "category: S2", "category: S1");

        var errors = content.Check();

        AssertReported(errors, "posttest.category", S2, line);
    }

    [Theory]
    [InlineData(S1, "S1", 31)]
    [InlineData(S2, "S2", 11)]
    public void PostTestCount_FewerItemsThanTheBlueprint_ReportedAtTheItems(string file, string category, int items)
    {
        var content = CurriculumCopy.OfShippedContent();
        content.Write(file, CurriculumBuilders.PostTestBank(category, items, $"pt-x{category.ToLowerInvariant()}"));

        var errors = content.Check();

        AssertReported(errors, "posttest.count", file, 2);
    }

    [Fact]
    public void PostTestCount_ExactlyTheMinimum_Accepted()
    {
        var content = CurriculumCopy.OfShippedContent();
        content.Write(S2, CurriculumBuilders.PostTestBank("S2", 12, "pt-xs2"));

        var errors = content.Check();

        Assert.Empty(errors);
    }

    [Fact]
    public void PostTestMataPelatihan_UnknownReference_ReportedAtTheMpKey()
    {
        var content = CurriculumCopy.OfShippedContent();
        var line = content.Replace(S1, "mp: mp-1-1", "mp: mp-9-9");

        var errors = content.Check();

        AssertReported(errors, "posttest.mp", S1, line);
    }

    [Fact]
    public void PostTestMataPelatihan_GeneralGroupOfAnAgenda_Accepted()
    {
        var content = CurriculumCopy.OfShippedContent();
        content.Replace(S1, "mp: mp-1-1", "mp: agenda-1-umum");

        var errors = content.Check();

        Assert.Empty(errors);
    }

    [Fact]
    public void PostTestRepeat_ItemCopiesAMicroQuizQuestion_ReportedAtTheQuestionNamingTheQuiz()
    {
        var content = CurriculumCopy.OfShippedContent();
        var line = content.Replace(S1, "Organisasi yang berdiri pada 20 Mei 1908 dan menjadi tonggak Hari Kebangkitan Nasional adalah…", "Berdirinya Boedi Oetomo pada 20 Mei 1908 kini  diperingati sebagai…");

        var errors = content.Check();

        var error = AssertReported(errors, "posttest.repeat", S1, line);
        Assert.Contains("q-1-1-1-a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuizOptions_PostTestItemWithThreeOptions_ReportedAtTheQuestion()
    {
        var content = CurriculumCopy.OfShippedContent();
        content.Write(S2, CurriculumBuilders.PostTestBank("S2", 12, "pt-xs2", options: 3));
        var line = content.LineOf(S2, "question:");

        var errors = content.Check();

        AssertReported(errors, "quiz.options", S2, line);
    }

    [Fact]
    public void QuizKey_PostTestItemWithTwoKeys_ReportedAtTheQuestion()
    {
        var content = CurriculumCopy.OfShippedContent();
        var line = content.LineOf(S2, "question:", after: "id: pt-s2-002");
        content.InsertAfter(S2, "- text: \"Proklamasi Kemerdekaan\"", "        correct: true");

        var errors = content.Check();

        AssertReported(errors, "quiz.key", S2, line);
    }

    [Fact]
    public void FileMissing_BankDeleted_Reported()
    {
        var content = CurriculumCopy.OfShippedContent();
        content.Delete(S2);

        var errors = content.Check();

        AssertReported(errors, "file.missing", S2, 0);
    }
}
