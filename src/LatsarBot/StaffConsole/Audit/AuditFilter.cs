using System.Globalization;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Audit;

namespace LatsarBot.StaffConsole.Audit;

/// <summary>The audit page's filter (?dari=YYYY-MM-DD&amp;sampai=YYYY-MM-DD&amp;aktor=…&amp;aksi=…); days are the viewer's local days.</summary>
public sealed record AuditFilter(DateOnly? From, DateOnly? To, string? Actor, string? Action, TimeZoneCode Zone)
{
    public static AuditFilter Empty { get; } = new(null, null, null, null, TimeZoneCode.Wib);

    /// <summary>The same filter as a query string, for the CSV link.</summary>
    public string Query => string.Join('&', new[]
        {
            From is { } f ? "dari=" + Day(f) : null,
            To is { } t ? "sampai=" + Day(t) : null,
            Actor is null ? null : "aktor=" + Uri.EscapeDataString(Actor),
            Action is null ? null : "aksi=" + Uri.EscapeDataString(Action),
        }.Where(p => p is not null));

    public string FileSuffix => (From, To) switch
    {
        ({ } f, { } t) => $"-{Day(f)}-{Day(t)}",
        ({ } f, null) => $"-{Day(f)}",
        (null, { } t) => $"-{Day(t)}",
        _ => "",
    };

    /// <summary>Null when a date is not YYYY-MM-DD.</summary>
    public static AuditFilter? Parse(IQueryCollection query, TimeZoneCode zone)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!TryDay(query["dari"], out var from) || !TryDay(query["sampai"], out var to))
        {
            return null;
        }

        return new AuditFilter(from, to, Text(query["aktor"]), Text(query["aksi"]), zone);
    }

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (From is { } from)
        {
            var start = Start(from);
            entries = entries.Where(a => a.At >= start);
        }

        if (To is { } to)
        {
            var end = Start(to.AddDays(1));
            entries = entries.Where(a => a.At < end);
        }

        if (Actor is { } actor)
        {
            // Lower on both sides: SQLite's instr and PostgreSQL's strpos both match case-sensitively.
            var lowered = actor.ToLowerInvariant();
            entries = entries.Where(a => a.ActorName.ToLower().Contains(lowered));
        }

        if (Action is { } action)
        {
            entries = entries.Where(a => a.Action == action);
        }

        return entries;
    }

    private DateTimeOffset Start(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.TimeZone().GetUtcOffset(local)).ToUniversalTime();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, 200)];
}
