namespace LatsarBot.Dialogs;

/// <summary>
/// Every message key the dialogs use. The content check fails when a key here is missing from a
/// catalog, so a dialog can never show a user "[some.key]".
/// </summary>
[Bot.Messages.MessageKeys]
public static class Msg
{
    public const string Retry = Bot.Prompts.Prompt<string>.RetryMessageKey;
    public const string Yes = Bot.Prompts.ConfirmPrompt.YesKey;
    public const string No = Bot.Prompts.ConfirmPrompt.NoKey;
    public const string Error = Bot.Pipeline.TurnPipeline.ErrorMessageKey;
    public const string Restarted = Bot.Dialogs.DialogManager.RestartedMessageKey;

    public const string Welcome = "onboarding.welcome";
    public const string LanguageAsk = "language.ask";
    public const string LanguageChanged = "language.changed";
    public const string NipAsk = "onboarding.nip.ask";
    public const string NipNotDigits = "onboarding.nip.not_digits";
    public const string NipWrongLength = "onboarding.nip.wrong_length";
    public const string NipBirthDate = "onboarding.nip.birth_date";
    public const string NipAppointment = "onboarding.nip.appointment";
    public const string NipGender = "onboarding.nip.gender";
    public const string NipUnknown = "onboarding.nip.unknown";
    public const string CodeAsk = "onboarding.code.ask";
    public const string CodeWrong = "onboarding.code.wrong";
    public const string CodeLocked = "onboarding.code.locked";
    public const string CodeNone = "onboarding.code.none";
    public const string PhoneVerified = "onboarding.phone_verified";
    public const string Bound = "onboarding.bound";
    public const string Done = "onboarding.done";
    public const string NeedLogin = "onboarding.need_login";
    public const string WelcomeBack = "onboarding.welcome_back";

    public const string ProfileCard = "profile.card";
    public const string ProfileConfirm = "profile.confirm";
    public const string ProfileEditName = "profile.edit_name";
    public const string ProfileEditPhone = "profile.edit_phone";
    public const string ProfileEditZone = "profile.edit_zone";
    public const string ProfileAskName = "profile.ask_name";
    public const string ProfileNameInvalid = "profile.name_invalid";
    public const string ProfileAskPhone = "profile.ask_phone";
    public const string ProfilePhoneInvalid = "profile.phone_invalid";
    public const string ProfileAskZone = "profile.ask_zone";
    public const string ProfileUpdated = "profile.updated";
    public const string ProfileNone = "profile.none";

    public const string MenuTitle = "menu.title";
    public const string MenuProfile = "menu.profile";
    public const string MenuLanguage = "menu.language";
    public const string MenuHelp = "menu.help";

    public const string Help = "help.text";
    public const string Cancelled = "command.cancelled";
    public const string CancelledGuest = "command.cancelled_guest";
    public const string Unsupported = "command.unsupported";
}
