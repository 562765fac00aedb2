namespace LatsarBot.Retention;

/// <summary>What one retention run removed (or, dry, would remove), rule by rule.</summary>
public sealed record RetentionReport(
    bool DryRun, int OutboxRows, int InboundRows, int Conversations, int ReportFolders, int InterruptedDownloads, int EvidenceRows, int EvidenceFiles)
{
    public override string ToString() =>
        $"{(DryRun ? "would remove" : "removed")}: outbox rows {OutboxRows}, inbound ledger rows {InboundRows}, conversation states {Conversations}, " +
        $"report folders {ReportFolders}, interrupted downloads {InterruptedDownloads}, evidence rows {EvidenceRows} (files {EvidenceFiles})";
}
