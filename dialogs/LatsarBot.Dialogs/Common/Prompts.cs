namespace LatsarBot.Dialogs.Common;

/// <summary>Ids of the shared prompts registered in <see cref="DialogsSetup"/>.</summary>
public static class Prompts
{
    public const string Text = "prompt.text";
    public const string Choice = "prompt.choice";
    public const string Confirm = "prompt.confirm";
    public const string Nip = "prompt.nip";
    public const string Code = "prompt.code";
    public const string Name = "prompt.name";
    public const string Phone = "prompt.phone";
    public const string BirthDate = "prompt.birth_date";
}
