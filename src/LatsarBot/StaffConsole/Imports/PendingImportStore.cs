using System.Security.Cryptography;
using LatsarBot.Data;
using LatsarBot.Data.PendingImports;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.StaffConsole.Imports;

/// <summary>
/// Holds an uploaded roster between preview and confirmation (see <see cref="PendingImport"/>): in the database, so a
/// restart or a second instance does not lose it, under a random token that is worth nothing without the same signed-in
/// member of staff and the same class.
/// </summary>
public static class PendingImportStore
{
    /// <summary>Long enough to read a preview and fix nothing; a longer pause re-uploads, which is cheap.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public static async Task<string> SaveAsync(LatsarDb db, int staffId, int classId, string fileName, byte[] content, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // Whoever uploads next sweeps what expired, so files with personal data do not linger.
        await db.PendingImports.Where(p => p.ExpiresAt < now || p.UsedAt != null).ExecuteDeleteAsync(cancellationToken);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        db.PendingImports.Add(new PendingImport
        {
            Token = token,
            StaffId = staffId,
            ClassId = classId,
            FileName = fileName.Length > PendingImport.FileNameMaxLength ? fileName[..PendingImport.FileNameMaxLength] : fileName,
            Content = content,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The pending file, used up by this call; null when unknown, someone else's, another class's, expired or already used.</summary>
    public static async Task<PendingImport?> TakeAsync(LatsarDb db, string? token, int staffId, int classId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (token is not { Length: PendingImport.TokenLength })
        {
            return null;
        }

        // One conditional update decides: two submits of the same form cannot both import.
        var taken = await db.PendingImports
            .Where(p => p.Token == token && p.StaffId == staffId && p.ClassId == classId && p.UsedAt == null && p.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.UsedAt, now), cancellationToken);
        return taken == 0 ? null : await db.PendingImports.AsNoTracking().SingleAsync(p => p.Token == token, cancellationToken);
    }
}
