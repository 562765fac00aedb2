namespace LatsarBot.Data.Audit;

/// <summary>
/// The action ids an audit entry can carry. Stable, since filters and exported logs rely on them; a new kind of staff
/// action adds its constant here.
/// </summary>
public static class AuditActions
{
    public const string RosterImport = "roster.import";
    public const string StaffImport = "staff.import";
    public const string PlanImport = "actualization.plan_import";
    public const string ActualizationStart = "actualization.start";
    public const string CalendarSet = "calendar.set";
    public const string TeachingAssign = "coaching.assign";
    public const string AnnouncementCreate = "announcement.create";
    public const string AnnouncementCancel = "announcement.cancel";
    public const string ConsoleAdminAdd = "console.add_admin";
    public const string CodeIssue = "enrolment_code.issue";
    public const string CodeRevoke = "enrolment_code.revoke";
    public const string CohortCreate = "cohort.create";
    public const string CohortRename = "cohort.rename";
    public const string ClassCreate = "class.create";
    public const string ClassRename = "class.rename";
    public const string ClassStaffAppoint = "class.staff.appoint";
    public const string ClassStaffRemove = "class.staff.remove";
    public const string Export = "export";
    public const string PersonExport = "person.export";
    public const string PersonCorrect = "person.correct";
    public const string PersonErase = "person.erase";
}
