using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Participants;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Onboarding;

/// <summary>Shows the roster's profile; the person confirms it or corrects name, phone or time zone, as often as needed.</summary>
public sealed class ProfileDialog(LatsarDb db, CurrentPerson currentPerson) : WaterfallDialog<ProfileDialog.State>
{
    public const string DialogId = "profile";

    private const string Confirm = "ok";
    private const string EditName = "name";
    private const string EditPhone = "phone";
    private const string EditZone = "zone";

    public override string Id => DialogId;

    public sealed class State
    {
        public string? Editing { get; set; }
    }

    protected override IReadOnlyList<StepFunc> DefineSteps() => [ShowAsync, RouteAsync, ApplyAsync];

    private async Task<DialogStatus> ShowAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (currentPerson.Entity is not { } person)
        {
            step.Turn.SendText(Msg.ProfileNone);
            return await step.EndAsync(false, cancellationToken);
        }

        var card = await CardAsync(step.Turn, person, cancellationToken);
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(card)
        {
            Choices =
            [
                step.Turn.Button(Msg.ProfileConfirm, Confirm),
                step.Turn.Button(Msg.ProfileEditName, EditName),
                step.Turn.Button(Msg.ProfileEditPhone, EditPhone),
                step.Turn.Button(Msg.ProfileEditZone, EditZone),
            ],
        }, cancellationToken);
    }

    private Task<DialogStatus> RouteAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var choice = step.ResultAs<string>();
        step.Values.Editing = choice;
        return choice switch
        {
            EditName => step.PromptAsync(Prompts.Name, new PromptOptions(step.Turn.Say(Msg.ProfileAskName)), cancellationToken),
            EditPhone => step.PromptAsync(Prompts.Phone, new PromptOptions(step.Turn.Say(Msg.ProfileAskPhone)), cancellationToken),
            EditZone => step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(Msg.ProfileAskZone))
            {
                Choices = [new ReplyButton("WIB", "Wib"), new ReplyButton("WITA", "Wita"), new ReplyButton("WIT", "Wit")],
            }, cancellationToken),
            _ => step.EndAsync(true, cancellationToken),
        };
    }

    private async Task<DialogStatus> ApplyAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var person = currentPerson.Required<Person>();
        var answer = step.ResultAs<string>().Trim();
        switch (step.Values.Editing)
        {
            case EditName:
                person.Name = answer;
                break;
            case EditPhone:
                person.Phone = PhoneNumber.Normalize(answer);
                break;
            case EditZone:
                person.TimeZone = TimeZoneCodes.TryParse(answer) ?? person.TimeZone;
                break;
        }

        currentPerson.Refresh(step.Turn);
        step.Turn.SendText(Msg.ProfileUpdated);
        return await step.GoToAsync(ShowAsync, null, cancellationToken);
    }

    private async Task<Reply> CardAsync(Turn turn, Person person, CancellationToken cancellationToken)
    {
        var placement = person is Participant participant
            ? await db.Classes.Where(c => c.Id == participant.ClassId).Select(c => c.Cohort!.Name + " · " + c.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        return turn.Say(Msg.ProfileCard,
            ("name", person.Name),
            ("nip", person.Nip?.Value ?? "-"),
            ("agency", (person as Participant)?.Agency ?? person.Institution?.Name ?? "-"),
            ("class", placement ?? "-"),
            ("phone", person.Phone is { } phone ? "+" + phone : "-"),
            ("zone", person.TimeZone.Label()));
    }

    public static Task<PromptCheck> ValidateNameAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Value.Trim().Length is >= 3 and <= 200
            ? PromptCheck.Ok
            : PromptCheck.Reject(context.Turn.Say(Msg.ProfileNameInvalid)));

    public static Task<PromptCheck> ValidatePhoneAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken) =>
        Task.FromResult(PhoneNumber.Normalize(context.Value) is not null
            ? PromptCheck.Ok
            : PromptCheck.Reject(context.Turn.Say(Msg.ProfilePhoneInvalid)));
}
