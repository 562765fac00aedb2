namespace LatsarBot.Dialogs.Onboarding;

/// <summary>
/// What onboarding says on channels that can share a contact (Telegram). Kept in the telegram area of
/// the catalog (content/messages/telegram.*.yaml), since that is where a contact button exists today.
/// </summary>
[Bot.Messages.MessageKeys]
public static class ContactMsg
{
    public const string Ask = "onboarding.contact.ask";
    public const string Share = "onboarding.contact.share";
    public const string UseCode = "onboarding.contact.use_code";
    public const string NotOwn = "onboarding.contact.not_own";
    public const string Mismatch = "onboarding.contact.mismatch";
}
