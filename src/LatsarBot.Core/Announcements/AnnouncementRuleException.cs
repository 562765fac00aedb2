namespace LatsarBot.Core.Announcements;

/// <summary>
/// A transition an announcement does not allow (scheduling a time that has passed, sending one twice, closing one still
/// scheduled). Callers check first and answer the person; reaching this is a bug, not a user error.
/// </summary>
public sealed class AnnouncementRuleException(string message) : InvalidOperationException(message);
