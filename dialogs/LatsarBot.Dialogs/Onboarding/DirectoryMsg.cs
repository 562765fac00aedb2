namespace LatsarBot.Dialogs.Onboarding;

/// <summary>What onboarding says when the institution's directory vouches for the sender's e-mail (Teams; content/messages/directory.*.yaml).</summary>
[Bot.Messages.MessageKeys]
public static class DirectoryMsg
{
    public const string Offer = "onboarding.directory.offer";
    public const string Verified = "onboarding.directory.verified";
}
