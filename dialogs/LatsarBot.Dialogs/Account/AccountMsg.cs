namespace LatsarBot.Dialogs.Account;

/// <summary>Message keys of /akun, the person's linked channels (content/messages/account.*.yaml).</summary>
[Bot.Messages.MessageKeys]
public static class AccountMsg
{
    public const string MenuEntry = "account.menu_entry";
    public const string Title = "account.title";
    public const string Line = "account.line";
    public const string ThisChat = "account.this_chat";
    public const string Unlink = "account.button.unlink";
    public const string Back = "account.button.back";
    public const string ConfirmOther = "account.confirm.other";
    public const string ConfirmCurrent = "account.confirm.current";
    public const string ConfirmLast = "account.confirm.last";
    public const string ConfirmYes = "account.confirm.yes";
    public const string ConfirmNo = "account.confirm.no";
    public const string Unlinked = "account.unlinked";
    public const string UnlinkedCurrent = "account.unlinked_current";
    public const string Kept = "account.kept";
    public const string Gone = "account.gone";
}
