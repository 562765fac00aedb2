using System.Diagnostics;
using LatsarBot.Content;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Documents.Reports;
using LatsarBot.Learning.Actualization.Report;

// A full logbook: 5 planned activities, 30 days with 2 entries each (60 entries, each with a paragraph of text and
// one evidence file), the RTL and the outline. Measures compose + PDF + Markdown, as DraftReportService does them.
var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "LatsarBot.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run inside the repository.");
}

var content = ContentBundle.Load(Path.Combine(root, "content"), LatsarBot.Core.Mooc.MoocRules.Default);
ReportFonts.Install(Path.Combine(root, "content", "fonts"));
var start = new DateOnly(2026, 3, 2);
var activities = Enumerable.Range(1, 5).Select(i => new PlannedActivity
{
    Id = i, Title = $"Kegiatan {i}: digitalisasi layanan arsip tahap {i}", ExpectedOutput = "Dokumen SOP dan arsip digital",
    Values = BerAkhlakValues.Akuntabel | BerAkhlakValues.Kolaboratif, MissionLink = "Mewujudkan tata kelola arsip yang tertib dan mudah diakses",
}).ToList();
var entries = Enumerable.Range(1, 60).Select(i => new LogEntry
{
    Id = i, DayNumber = (i + 1) / 2, Date = start.AddDays((i - 1) / 2), PlannedActivityId = i % 5 + 1, PlannedActivity = activities[i % 5],
    WhatWasDone = $"Catatan {i}: memindai dan memberi kode klasifikasi pada {i * 3} surat masuk, mengunggahnya ke aplikasi arsip, lalu memeriksa hasilnya bersama rekan satu unit dan mencatat kendala yang ditemui.",
    Values = BerAkhlakValues.Akuntabel | BerAkhlakValues.Kompeten,
    Evidence = [new Evidence { Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i))), ContentType = "image/jpeg", Size = 250_000, OriginalName = $"foto-{i}.jpg", StoragePath = "x" }],
}).ToList();
var followUp = new FollowUpPlan { Rtl = "Menetapkan SOP\nMelatih rekan\nMengusulkan anggaran", Outline = "Latar belakang\nIsu\nKegiatan\nHasil\nRTL" };
var data = new DraftReportData("Andi Pratama", "199001012022031001", "Pemerintah Kota Demo", start, 30, start.AddDays(29), activities, entries, followUp);

(long Bytes, int Pages) Build()
{
    var document = DraftReportComposer.Compose(data, content.Messages, Language.Id);
    var pdf = ReportPdf.Render(document, page => $"Halaman {page}");
    var markdown = ReportMarkdown.Render(document);
    return (pdf.Length + markdown.Length, pdf.Length);
}

var cold = Stopwatch.StartNew();
var (bytes, _) = Build();
cold.Stop();
var runs = new List<double>();
for (var i = 0; i < 50; i++)
{
    var warm = Stopwatch.StartNew();
    Build();
    runs.Add(warm.Elapsed.TotalMilliseconds);
}

runs.Sort();
Console.WriteLine($"draft report, 30 days x 2 entries, 60 evidence: first build {cold.Elapsed.TotalMilliseconds:F0} ms (fonts loaded), " +
    $"then median {runs[runs.Count / 2]:F1} ms, max {runs[^1]:F1} ms over {runs.Count} builds; PDF + Markdown {bytes / 1024} KB");
