using System.Globalization;
using LatsarBot.Bot.Messages;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Documents.Reports;

namespace LatsarBot.Learning.Actualization.Report;

/// <summary>
/// The draft laporan aktualisasi (DOMAIN.md A.8 Block A.5, B.8): header, 1 the plan, 2 the log by week with day
/// numbers, values and what was done, 3 the evidence list, 4 the RTL, 5 the presentation outline. Pure: data and
/// the catalog in, blocks out, in the participant's language.
/// </summary>
public static class DraftReportComposer
{
    public static ReportDocument Compose(DraftReportData data, MessageCatalog messages, Language language)
    {
        string T(string key, params (string, object?)[] args) => messages.Text(language, key, args);
        string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(language == Language.En ? "en-GB" : "id-ID"));
        string Values(BerAkhlakValues values) => values == BerAkhlakValues.None
            ? T(ValueMsg.None)
            : string.Join(", ", BerAkhlak.Split(values).Select(v => T(ValueMsg.Of(v))));

        var blocks = new List<ReportBlock>
        {
            new(ReportBlockKind.Paragraph, T(ReportMsg.DocParticipant, ("name", data.Name))),
        };
        if (data.Nip is { } nip)
        {
            blocks.Add(new(ReportBlockKind.Paragraph, T(ReportMsg.DocNip, ("nip", nip))));
        }

        if (data.Agency is { Length: > 0 } agency)
        {
            blocks.Add(new(ReportBlockKind.Paragraph, T(ReportMsg.DocAgency, ("agency", agency))));
        }

        blocks.Add(new(ReportBlockKind.Paragraph, T(ReportMsg.DocPeriod, ("from", Date(data.Start)), ("to", Date(data.Start.AddDays(ActualizationSchedule.Days - 1))))));
        blocks.Add(new(ReportBlockKind.Paragraph, T(ReportMsg.DocGenerated, ("date", Date(data.Compiled)))));
        blocks.Add(new(ReportBlockKind.Note, T(ReportMsg.DocDraftNote, ("day", Math.Clamp(data.Day, 0, ActualizationSchedule.Days)), ("days", ActualizationSchedule.Days))));

        blocks.Add(new(ReportBlockKind.Section, T(ReportMsg.DocPlan)));
        var counts = data.Entries.GroupBy(e => e.PlannedActivityId).ToDictionary(g => g.Key, g => g.Count());
        if (data.Activities.Count == 0)
        {
            blocks.Add(new(ReportBlockKind.Paragraph, T(ReportMsg.DocPlanEmpty)));
        }

        foreach (var (activity, i) in data.Activities.Select((a, i) => (a, i)))
        {
            var entries = counts.GetValueOrDefault(activity.Id);
            var status = activity.FinishedAt is not null ? ReportMsg.DocStatusFinished : entries > 0 ? ReportMsg.DocStatusStarted : ReportMsg.DocStatusPlanned;
            blocks.Add(new(ReportBlockKind.Subsection, T(ReportMsg.DocActivity, ("number", i + 1), ("title", activity.Title))));
            blocks.Add(new(ReportBlockKind.Item, T(ReportMsg.DocActivityOutput, ("output", activity.ExpectedOutput))));
            blocks.Add(new(ReportBlockKind.Item, T(ReportMsg.DocActivityValues, ("values", Values(activity.Values)))));
            if (activity.MissionLink is { Length: > 0 } mission)
            {
                blocks.Add(new(ReportBlockKind.Item, T(ReportMsg.DocActivityMission, ("mission", mission))));
            }

            blocks.Add(new(ReportBlockKind.Item, T(ReportMsg.DocActivityStatus, ("status", T(status)), ("entries", entries))));
        }

        blocks.Add(new(ReportBlockKind.Section, T(ReportMsg.DocLog)));
        var logged = data.Entries.Where(e => ActualizationSchedule.IsWithin(e.DayNumber)).OrderBy(e => e.DayNumber).ThenBy(e => e.Id).ToList();
        if (logged.Count == 0)
        {
            blocks.Add(new(ReportBlockKind.Paragraph, T(ReportMsg.DocLogEmpty)));
        }

        foreach (var week in logged.GroupBy(e => ActualizationSchedule.Week(e.DayNumber)))
        {
            var from = (week.Key - 1) * 7 + 1;
            blocks.Add(new(ReportBlockKind.Subsection, T(ReportMsg.DocWeek, ("week", week.Key), ("from", from), ("to", Math.Min(from + 6, ActualizationSchedule.Days)))));
            foreach (var entry in week)
            {
                blocks.Add(new(ReportBlockKind.Item, T(ReportMsg.DocEntry, ("day", entry.DayNumber), ("date", Date(entry.Date)), ("title", entry.PlannedActivity?.Title ?? ""))));
                blocks.Add(new(ReportBlockKind.Paragraph, entry.WhatWasDone, Indent: 1));
                blocks.Add(new(ReportBlockKind.Paragraph, T(ReportMsg.DocEntryValues, ("values", Values(entry.Values))) + " · "
                    + T(ReportMsg.DocEntryEvidence, ("evidence", entry.Evidence.Count)), Indent: 1));
            }
        }

        blocks.Add(new(ReportBlockKind.Section, T(ReportMsg.DocEvidence)));
        var evidence = logged.SelectMany(e => e.Evidence.Select(v => (e.DayNumber, v))).ToList();
        blocks.AddRange(evidence.Count == 0
            ? [new(ReportBlockKind.Paragraph, T(ReportMsg.DocEvidenceEmpty))]
            : evidence.Select(x => new ReportBlock(ReportBlockKind.Item, T(ReportMsg.DocEvidenceItem,
                ("day", x.DayNumber), ("name", x.v.OriginalName ?? x.v.ContentType), ("type", x.v.ContentType),
                ("size", Math.Max(1, (x.v.Size ?? 0) / 1024)), ("hash", x.v.Sha256[..Math.Min(12, x.v.Sha256.Length)])))));

        AddItems(blocks, T(ReportMsg.DocRtl), data.FollowUp?.RtlItems ?? [], T(ReportMsg.DocNotGiven));
        AddItems(blocks, T(ReportMsg.DocOutline), data.FollowUp?.OutlineItems ?? [], T(ReportMsg.DocNotGiven));
        return new ReportDocument(T(ReportMsg.DocTitle), blocks);
    }

    private static void AddItems(List<ReportBlock> blocks, string heading, IReadOnlyList<string> items, string none)
    {
        blocks.Add(new(ReportBlockKind.Section, heading));
        blocks.AddRange(items.Count == 0 ? [new(ReportBlockKind.Paragraph, none)] : items.Select(i => new ReportBlock(ReportBlockKind.Item, i)));
    }
}
