namespace LatsarBot.Core.Participants;

/// <summary>
/// Every rule id a roster row can be rejected under. The ids are stable so an organiser's spreadsheet
/// formulas and our tests can rely on them; the sentences next to them may change.
/// </summary>
public static class RosterRules
{
    public const string NipRequired = "nip.required";
    public const string NipDigits = "nip.digits";
    public const string NipLength = "nip.length";
    public const string NipBirthDate = "nip.birth_date";
    public const string NipAppointmentMonth = "nip.appointment_month";
    public const string NipGender = "nip.gender";
    public const string NipDuplicate = "nip.duplicate";
    public const string NameRequired = "name.required";
    public const string NameLength = "name.length";
    public const string RoleUnknown = "role.unknown";
    public const string CohortRequired = "cohort.required";
    public const string CohortLength = "cohort.length";
    public const string ClassRequired = "class.required";
    public const string ClassLength = "class.length";
    public const string AgencyLength = "agency.length";
    public const string PhoneInvalid = "phone.invalid";
    public const string EmailInvalid = "email.invalid";
    public const string TimeZoneUnknown = "time_zone.unknown";
    public const string LanguageUnknown = "language.unknown";
    public const string NdhInvalid = "ndh.invalid";

    // Checked by the import against the database or the file's layout rather than by RosterValidator.
    public const string NipOtherInstitution = "nip.other_institution";
    public const string RoleChange = "role.change";
    public const string RowColumns = "row.columns";
}
