using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Participants;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Onboarding;

/// <summary>
/// /start → language → NIP (shape checked) → roster match → identity binding (the channel's verified
/// phone; on a channel that can share a contact, the sender's own contact; else a one-time enrolment
/// code, 5 wrong codes lock the NIP) → profile check → main menu.
/// </summary>
public sealed class OnboardingDialog(LatsarDb db, CurrentPerson currentPerson, EnrolmentLockoutPolicy lockout)
    : WaterfallDialog<OnboardingDialog.State>
{
    public const string DialogId = "onboarding";

    public override string Id => DialogId;

    public sealed class State
    {
        public int? PersonId { get; set; }
    }

    protected override IReadOnlyList<StepFunc> DefineSteps() =>
        [ChooseLanguageAsync, AskNipAsync, MatchNipAsync, AskContactAsync, CheckContactAsync, AskCodeAsync, CheckCodeAsync, ConfirmProfileAsync, FinishAsync];

    // The steps changed when the contact binding came: a conversation mid-onboarding restarts cleanly.
    public override int Version => 2;

    private Task<DialogStatus> ChooseLanguageAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        step.Turn.SendText(Msg.Welcome);
        return step.Turn.State.LanguageChosen
            ? step.NextAsync(null, cancellationToken)
            : step.BeginAsync(LanguageDialog.DialogId, null, cancellationToken);
    }

    private Task<DialogStatus> AskNipAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.PromptAsync(Prompts.Nip, new PromptOptions(step.Turn.Say(Msg.NipAsk)), cancellationToken);

    private async Task<DialogStatus> MatchNipAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var nip = Nip.Parse(step.ResultAs<string>()).Nip!.Value;
        var person = await db.People.Include(p => p.Institution).FirstOrDefaultAsync(p => p.Nip == nip, cancellationToken);
        if (person is null)
        {
            step.Turn.SendText(Msg.NipUnknown, ("nip", nip));
            return await step.GoToAsync(AskNipAsync, null, cancellationToken);
        }

        step.Values.PersonId = person.Id;
        if (EnrolmentLockout.IsLocked(person, step.Turn.Now))
        {
            return await EndLockedAsync(step, person, cancellationToken);
        }

        if (step.Turn.Activity.From.VerifiedPhone is { } phone && person.Phone is not null && PhoneNumber.Normalize(phone) == person.Phone)
        {
            currentPerson.Bind(step.Turn, person, IdentityProof.ChannelPhone);
            step.Turn.SendText(Msg.PhoneVerified, ("name", person.Name));
            return await step.GoToAsync(ConfirmProfileAsync, null, cancellationToken);
        }

        if (step.Turn.Activity.CanShareContact && person.Phone is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await ToCodeAsync(step, person, cancellationToken);
    }

    private Task<DialogStatus> AskContactAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        step.Turn.Send(step.Turn.Say(ContactMsg.Ask).WithButtons(
            step.Turn.Button(ContactMsg.Share, "contact") with { Kind = ButtonKind.ShareContact },
            step.Turn.Button(ContactMsg.UseCode, "code")));
        return step.WaitAsync();
    }

    /// <summary>The platform vouches for a contact only when it is the sender's own; anything else goes on to the code.</summary>
    private async Task<DialogStatus> CheckContactAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var person = await db.People.Include(p => p.Institution).FirstAsync(p => p.Id == step.Values.PersonId, cancellationToken);
        if (step.Turn.Activity.Value is not ContactValue contact)
        {
            return await ToCodeAsync(step, person, cancellationToken);
        }

        if (!contact.IsSendersOwn)
        {
            step.Turn.SendText(ContactMsg.NotOwn);
            return await step.GoToAsync(AskContactAsync, null, cancellationToken);
        }

        if (PhoneNumber.Normalize(contact.Phone) is not { } phone || phone != person.Phone)
        {
            step.Turn.SendText(ContactMsg.Mismatch);
            return await ToCodeAsync(step, person, cancellationToken);
        }

        currentPerson.Bind(step.Turn, person, IdentityProof.ChannelPhone);
        step.Turn.SendText(Msg.PhoneVerified, ("name", person.Name));
        return await step.GoToAsync(ConfirmProfileAsync, null, cancellationToken);
    }

    private async Task<DialogStatus> ToCodeAsync(WaterfallStep<State> step, Person person, CancellationToken cancellationToken)
    {
        if (person.EnrolmentCodeHash is null)
        {
            step.Turn.SendText(Msg.CodeNone, ("contact", ContactOf(person)));
            return await step.GoToAsync(AskNipAsync, null, cancellationToken);
        }

        return await step.GoToAsync(AskCodeAsync, step.Turn.Say(Msg.CodeAsk), cancellationToken);
    }

    /// <summary>Asks for the code with whatever the previous step chose to say (first ask, or "wrong, N left").</summary>
    private Task<DialogStatus> AskCodeAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.PromptAsync(Prompts.Code, new PromptOptions(step.ResultAs<Reply>()), cancellationToken);

    private async Task<DialogStatus> CheckCodeAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var person = await db.People.Include(p => p.Institution).FirstAsync(p => p.Id == step.Values.PersonId, cancellationToken);
        switch (EnrolmentLockout.Check(person, step.ResultAs<string>(), step.Turn.Now, lockout))
        {
            case CodeCheck.Accepted:
                currentPerson.Bind(step.Turn, person, IdentityProof.EnrolmentCode);
                step.Turn.SendText(Msg.Bound, ("name", person.Name));
                return await step.NextAsync(null, cancellationToken);
            case CodeCheck.Wrong:
                var left = lockout.MaxFailures - person.FailedCodeAttempts;
                return await step.GoToAsync(AskCodeAsync, step.Turn.Say(Msg.CodeWrong, ("left", left)), cancellationToken);
            case CodeCheck.NoCodeIssued:
                step.Turn.SendText(Msg.CodeNone, ("contact", ContactOf(person)));
                return await step.GoToAsync(AskNipAsync, null, cancellationToken);
            default:
                return await EndLockedAsync(step, person, cancellationToken);
        }
    }

    private Task<DialogStatus> ConfirmProfileAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.BeginAsync(ProfileDialog.DialogId, null, cancellationToken);

    private async Task<DialogStatus> FinishAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (currentPerson.Entity is { } person)
        {
            person.ProfileConfirmedAt ??= step.Turn.Now;
            person.Language = step.Turn.Language;
            currentPerson.Refresh(step.Turn);
            step.Turn.SendText(Msg.Done, ("name", person.Name));
        }

        return await step.ReplaceAsync(MainMenuDialog.DialogId, null, cancellationToken);
    }

    private async Task<DialogStatus> EndLockedAsync(WaterfallStep<State> step, Person person, CancellationToken cancellationToken)
    {
        var until = person.TimeZone.ToLocal(person.LockedUntil!.Value);
        step.Turn.SendText(Msg.CodeLocked,
            ("time", until.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
            ("zone", person.TimeZone.Label()),
            ("contact", ContactOf(person)));

        // Back at the NIP question: once the lock has passed, the same chat simply continues.
        return await step.GoToAsync(AskNipAsync, null, cancellationToken);
    }

    private static string ContactOf(Person person) =>
        person.Institution is { } institution
            ? string.IsNullOrEmpty(institution.ContactLine) ? institution.Name : $"{institution.Name} ({institution.ContactLine})"
            : "";
}
