using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Participants;

namespace LatsarBot.Dialogs.Onboarding;

/// <summary>Checks a typed NIP's shape (or a code, or a birth date) and explains the first thing wrong with it in one line.</summary>
public static class NipValidation
{
    public static Task<PromptCheck> ValidateAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        var parsed = Nip.Parse(context.Value);
        if (parsed.IsValid)
        {
            return Task.FromResult(PromptCheck.Ok);
        }

        var key = parsed.Error switch
        {
            NipError.NotDigits => Msg.NipNotDigits,
            NipError.WrongLength => Msg.NipWrongLength,
            NipError.InvalidBirthDate => Msg.NipBirthDate,
            NipError.InvalidAppointmentMonth => Msg.NipAppointment,
            _ => Msg.NipGender,
        };
        var digits = context.Value.Count(char.IsAsciiDigit);
        return Task.FromResult(PromptCheck.Reject(context.Turn.Say(key, ("count", digits))));
    }

    public static Task<PromptCheck> ValidateCodeAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        var code = context.Value.Trim();
        return Task.FromResult(code.Length == EnrolmentCode.Digits && code.All(char.IsAsciiDigit)
            ? PromptCheck.Ok
            : PromptCheck.Reject(context.Turn.Say(Msg.CodeAsk)));
    }

    public static Task<PromptCheck> ValidateBirthDateAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken) =>
        Task.FromResult(BirthDateText.Parse(context.Value) is not null ? PromptCheck.Ok : PromptCheck.Reject(context.Turn.Say(PhoneMsg.BirthFormat)));
}
