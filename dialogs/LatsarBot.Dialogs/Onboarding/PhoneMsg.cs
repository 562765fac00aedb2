namespace LatsarBot.Dialogs.Onboarding;

/// <summary>What onboarding says when the channel vouches for the sender's phone (content/messages/phone.*.yaml).</summary>
[Bot.Messages.MessageKeys]
public static class PhoneMsg
{
    public const string Offer = "onboarding.phone.offer";
    public const string Yes = "onboarding.phone.yes";
    public const string No = "onboarding.phone.no";
    public const string NotMe = "onboarding.phone.not_me";
    public const string BirthAsk = "onboarding.phone.birth_ask";
    public const string BirthFormat = "onboarding.phone.birth_format";
    public const string BirthWrong = "onboarding.phone.birth_wrong";
    public const string BirthFailed = "onboarding.phone.birth_failed";
}
