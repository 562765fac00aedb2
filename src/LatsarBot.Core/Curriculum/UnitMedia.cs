namespace LatsarBot.Core.Curriculum;

/// <summary>
/// Where a unit's medium lives: exactly one of an https <see cref="Url"/> or a <see cref="File"/> shipped with the
/// content (relative to content/, '/'-separated). The content check guarantees the "exactly one".
/// </summary>
public sealed record UnitMedia(MediaKind Kind, Uri? Url, string? File, string? Caption);
