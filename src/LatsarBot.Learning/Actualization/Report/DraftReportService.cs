using LatsarBot.Bot.Messages;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Actualization;
using LatsarBot.Documents.Reports;

namespace LatsarBot.Learning.Actualization.Report;

/// <summary>
/// "Buat draf laporan": reads the plan, the log with its evidence and the RTL, composes the report in the
/// participant's language, renders PDF and Markdown and stores both under a fresh token. Scoped, so it reads
/// through the turn's DbContext; a full 30-day logbook renders in milliseconds (bench figure in the README), so
/// it runs inside the turn.
/// </summary>
public sealed class DraftReportService(ActualizationLogbook logbook, MessageCatalog messages, ReportFiles files)
{
    public const string PdfName = "draf-laporan-aktualisasi.pdf";
    public const string MarkdownName = "draf-laporan-aktualisasi.md";

    /// <summary>Null when the participant has no start date yet (nothing to number the days by).</summary>
    public async Task<DraftReport?> BuildAsync(Participant participant, Language language, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = await logbook.PlanAsync(participant.Id, cancellationToken);
        if (plan?.StartDate is not { } start)
        {
            return null;
        }

        var today = ActualizationSchedule.Today(participant.TimeZone, now);
        var entries = await logbook.EntriesAsync(participant.Id, cancellationToken);
        var followUp = await logbook.FollowUpAsync(participant.Id, cancellationToken);
        var data = new DraftReportData(participant.Name, participant.Nip?.Value, participant.Agency, start, ActualizationSchedule.DayNumber(start, today), today,
            plan.Activities.OrderBy(a => a.Id).ToList(), entries, followUp);

        var document = DraftReportComposer.Compose(data, messages, language);
        var pdf = ReportPdf.Render(document, page => messages.Text(language, ReportMsg.DocPage, ("page", page)));
        var markdown = System.Text.Encoding.UTF8.GetBytes(ReportMarkdown.Render(document));
        var token = ReportFiles.NewToken();
        return new DraftReport(
            await files.SaveAsync(token, PdfName, pdf, cancellationToken),
            await files.SaveAsync(token, MarkdownName, markdown, cancellationToken),
            entries.Count,
            entries.Sum(e => e.Evidence.Count),
            followUp?.RtlItems.Count ?? 0);
    }
}
