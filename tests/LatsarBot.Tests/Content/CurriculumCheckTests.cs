using LatsarBot.Testing.Content;
using LatsarBot.Testing;

namespace LatsarBot.Tests.Content;

/// <summary>`content check` as the real executable on a broken curriculum: exit code and the file:line: [rule] line.</summary>
public sealed class CurriculumCheckTests
{
    [Fact]
    public async Task Check_QuizWithTwoKeys_ExitsNonZeroNamingFileAndQuestionLine()
    {
        var content = CurriculumCopy.OfShippedContent();
        var questionLine = content.LineOf("curriculum/agenda-1/mp-1-1.yaml", "question: \"Sumpah Pemuda diikrarkan");
        content.InsertAfter("curriculum/agenda-1/mp-1-1.yaml", "- text: \"17 Agustus 1945\"", "            correct: true");

        var (exit, output) = await HostProcess.RunCommandAsync(TestPaths.NewTempFolder(), "content", "check", "--path", content.Root);

        Assert.Equal(1, exit);
        Assert.Contains($"content/curriculum/agenda-1/mp-1-1.yaml:{questionLine}: [quiz.key]", output, StringComparison.Ordinal);
    }
}
