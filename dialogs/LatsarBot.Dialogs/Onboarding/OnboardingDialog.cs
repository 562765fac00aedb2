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
/// /start → language → (the channel vouches for the sender's phone and exactly one roster person has it: "Are you
/// NAME, NIP …?" → Ya → the birth date the NIP encodes → bound) → NIP (shape checked) → roster match → identity
/// binding (on a channel that can share a contact, the sender's own contact; else a one-time enrolment code, 5 wrong
/// codes or birth dates lock the NIP) → profile check → main menu.
/// </summary>
public sealed class OnboardingDialog(LatsarDb db, CurrentPerson currentPerson, EnrolmentLockoutPolicy lockout, CodeHasher hasher)
    : WaterfallDialog<OnboardingDialog.State>
{
    public const string DialogId = "onboarding";

    public override string Id => DialogId;

    public sealed class State
    {
        public int? PersonId { get; set; }

        public int BirthDateAttempts { get; set; }

        /// <summary>The offer came from the directory's e-mail (Teams), not a phone: the binding's proof says so.</summary>
        public bool ByDirectory { get; set; }
    }

    /// <summary>Wrong birth dates before the phone offer gives way to the enrolment code.</summary>
    public const int MaxBirthDateAttempts = 3;

    private const string ItsMe = "yes";
    private const string NotMe = "no";

    protected override IReadOnlyList<StepFunc> DefineSteps() =>
        [ChooseLanguageAsync, OfferPhoneMatchAsync, CheckPhoneMatchAsync, AskBirthDateAsync, CheckBirthDateAsync, AskNipAsync, MatchNipAsync, AskContactAsync, CheckContactAsync, AskCodeAsync, CheckCodeAsync, ConfirmProfileAsync, FinishAsync];

    // The steps changed when the contact binding came, and again with the phone offer: a conversation mid-onboarding restarts cleanly.
    public override int Version => 3;

    private Task<DialogStatus> ChooseLanguageAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        step.Turn.SendText(Msg.Welcome);
        return step.Turn.State.LanguageChosen
            ? step.NextAsync(null, cancellationToken)
            : step.BeginAsync(LanguageDialog.DialogId, null, cancellationToken);
    }

    /// <summary>
    /// Only a phone the channel vouches for (WhatsApp's sender number) or an e-mail from the institution's own directory
    /// (a Teams user's UPN) is looked up, and only one that names one person: a shared or unknown one goes the NIP way,
    /// so nobody is offered someone else's account.
    /// </summary>
    private async Task<DialogStatus> OfferPhoneMatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var from = step.Turn.Activity.From;
        var phone = PhoneNumber.Normalize(from.VerifiedPhone);
        var email = from.VerifiedEmail?.Trim().ToLowerInvariant();
        if (phone is null && string.IsNullOrEmpty(email))
        {
            return await step.GoToAsync(AskNipAsync, null, cancellationToken);
        }

        var matches = phone is not null
            ? await db.People.Where(p => p.Phone == phone && p.Nip != null).Take(2).ToListAsync(cancellationToken)
            : await db.People.Where(p => p.Email != null && p.Email.ToLower() == email && p.Nip != null).Take(2).ToListAsync(cancellationToken);
        if (matches is not [var person] || EnrolmentLockout.IsLocked(person, step.Turn.Now))
        {
            return await step.GoToAsync(AskNipAsync, null, cancellationToken);
        }

        step.Values.PersonId = person.Id;
        step.Values.ByDirectory = phone is null;
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(phone is null ? DirectoryMsg.Offer : PhoneMsg.Offer,
            ("name", person.Name), ("nip", Masked(person.Nip!.Value))))
        {
            Choices = [step.Turn.Button(PhoneMsg.Yes, ItsMe), step.Turn.Button(PhoneMsg.No, NotMe)],
        }, cancellationToken);
    }

    private async Task<DialogStatus> CheckPhoneMatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (step.ResultAs<string>() != ItsMe)
        {
            step.Values.PersonId = null;
            step.Turn.SendText(PhoneMsg.NotMe);
            return await step.GoToAsync(AskNipAsync, null, cancellationToken);
        }

        return await step.NextAsync(step.Turn.Say(PhoneMsg.BirthAsk), cancellationToken);
    }

    /// <summary>Asks with whatever the previous step chose to say (first ask, or "wrong, N left").</summary>
    private Task<DialogStatus> AskBirthDateAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.PromptAsync(Prompts.BirthDate, new PromptOptions(step.ResultAs<Reply>()), cancellationToken);

    /// <summary>The number is theirs (the channel says so); the birth date in the NIP shows the person is who they say.</summary>
    private async Task<DialogStatus> CheckBirthDateAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var person = await db.People.Include(p => p.Institution).FirstAsync(p => p.Id == step.Values.PersonId, cancellationToken);
        if (EnrolmentLockout.IsLocked(person, step.Turn.Now))
        {
            return await EndLockedAsync(step, person, cancellationToken);
        }

        if (BirthDateText.Parse(step.ResultAs<string>()) == person.Nip?.BirthDate)
        {
            person.FailedCodeAttempts = 0;
            currentPerson.Bind(step.Turn, person, step.Values.ByDirectory ? IdentityProof.ChannelDirectory : IdentityProof.ChannelPhone);
            step.Turn.SendText(step.Values.ByDirectory ? DirectoryMsg.Verified : Msg.PhoneVerified, ("name", person.Name));
            return await step.GoToAsync(ConfirmProfileAsync, null, cancellationToken);
        }

        step.Values.BirthDateAttempts++;
        if (EnrolmentLockout.RecordFailure(person, step.Turn.Now, lockout) == CodeCheck.WrongAndNowLocked)
        {
            return await EndLockedAsync(step, person, cancellationToken);
        }

        if (step.Values.BirthDateAttempts < MaxBirthDateAttempts)
        {
            var left = MaxBirthDateAttempts - step.Values.BirthDateAttempts;
            return await step.GoToAsync(AskBirthDateAsync, step.Turn.Say(PhoneMsg.BirthWrong, ("left", left)), cancellationToken);
        }

        step.Turn.SendText(PhoneMsg.BirthFailed);
        return await ToCodeAsync(step, person, cancellationToken);
    }

    /// <summary>Enough for the person to recognise their NIP; the birth date (its first 8 digits) stays hidden, since it is the question.</summary>
    public static string Masked(Nip nip) => new string('•', 12) + nip.Value[12..];

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
        switch (EnrolmentLockout.Check(person, step.ResultAs<string>(), step.Turn.Now, lockout, hasher))
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
