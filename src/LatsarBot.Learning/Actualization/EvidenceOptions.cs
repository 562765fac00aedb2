namespace LatsarBot.Learning.Actualization;

/// <summary>The "Evidence" section of appsettings.json: where evidence files are kept, how big they may be, how long a download may take.</summary>
public sealed class EvidenceOptions
{
    /// <summary>The store folder; a relative path is taken from the content root (beside the SQLite file by default).</summary>
    public string StoragePath { get; set; } = "./data/evidence";

    public long MaxBytes { get; set; } = Core.Actualization.EvidenceRules.DefaultMaxBytes;

    /// <summary>A channel download that takes longer is given up, the entry goes on without that file.</summary>
    public int DownloadTimeoutSeconds { get; set; } = 30;

    public long MaxMegabytes => Math.Max(1, MaxBytes / (1024 * 1024));
}
