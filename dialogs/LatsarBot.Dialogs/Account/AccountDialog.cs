using System.Globalization;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Channels;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Participants;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Account;

/// <summary>
/// /akun: the person's linked channels (name, masked id, last used) and unlinking one, always after a confirmation that
/// says what it means: this very chat signs them out here; the only one left leaves the bot no way to reach them.
/// </summary>
public sealed class AccountDialog(LatsarDb db, CurrentPerson currentPerson, ChannelDirectory channels) : WaterfallDialog<AccountDialog.State>
{
    public const string DialogId = "account";

    private const string UnlinkPrefix = "unlink:";
    private const string Back = "back";
    private const string Yes = "yes";

    public override string Id => DialogId;

    public sealed class State
    {
        public int? IdentityId { get; set; }
    }

    protected override IReadOnlyList<StepFunc> DefineSteps() => [ShowAsync, PickAsync, ApplyAsync];

    private async Task<DialogStatus> ShowAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        if (turn.Person is not { } person)
        {
            turn.SendText(Msg.NeedLogin);
            return await step.EndAsync(null, cancellationToken);
        }

        var identities = await IdentitiesAsync(person.Id, cancellationToken);
        var lines = identities.Select(i => turn.Text(AccountMsg.Line,
            ("channel", channels.DisplayName(i.Channel)),
            ("id", Masked(i.ChannelUserId)),
            ("when", When(i.LastActiveAt ?? i.BoundAt, person.TimeZone)),
            ("current", IsCurrent(turn, i) ? turn.Text(AccountMsg.ThisChat) : "")));
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(turn.Say(AccountMsg.Title, ("count", identities.Count), ("lines", string.Join("\n", lines))))
        {
            Choices =
            [
                .. identities.Select(i => new ReplyButton(turn.Text(AccountMsg.Unlink, ("channel", channels.DisplayName(i.Channel))), UnlinkPrefix + i.Id.ToString(CultureInfo.InvariantCulture))),
                turn.Button(AccountMsg.Back, Back),
            ],
        }, cancellationToken);
    }

    private async Task<DialogStatus> PickAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var choice = step.ResultAs<string>();
        if (!choice.StartsWith(UnlinkPrefix, StringComparison.Ordinal))
        {
            return await step.EndAsync(null, cancellationToken);
        }

        // A button names an identity by id: it is asked again whose it is, so a stale or forged value unlinks nothing.
        var identities = await IdentitiesAsync(turn.Person!.Id, cancellationToken);
        if (!int.TryParse(choice.AsSpan(UnlinkPrefix.Length), CultureInfo.InvariantCulture, out var id) || identities.FirstOrDefault(i => i.Id == id) is not { } identity)
        {
            turn.SendText(AccountMsg.Gone);
            return await step.GoToAsync(ShowAsync, null, cancellationToken);
        }

        step.Values.IdentityId = identity.Id;
        var question = identities.Count == 1 ? turn.Say(AccountMsg.ConfirmLast)
            : IsCurrent(turn, identity) ? turn.Say(AccountMsg.ConfirmCurrent)
            : turn.Say(AccountMsg.ConfirmOther, ("channel", channels.DisplayName(identity.Channel)), ("id", Masked(identity.ChannelUserId)));
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(question)
        {
            Choices = [turn.Button(AccountMsg.ConfirmYes, Yes), turn.Button(AccountMsg.ConfirmNo, Back)],
        }, cancellationToken);
    }

    private async Task<DialogStatus> ApplyAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        if (step.ResultAs<string>() != Yes)
        {
            turn.SendText(AccountMsg.Kept);
            return await step.GoToAsync(ShowAsync, null, cancellationToken);
        }

        var identity = (await IdentitiesAsync(turn.Person!.Id, cancellationToken)).FirstOrDefault(i => i.Id == step.Values.IdentityId);
        if (identity is null)
        {
            turn.SendText(AccountMsg.Gone);
            return await step.GoToAsync(ShowAsync, null, cancellationToken);
        }

        db.ChannelIdentities.Remove(identity);
        if (!IsCurrent(turn, identity))
        {
            turn.SendText(AccountMsg.Unlinked, ("channel", channels.DisplayName(identity.Channel)));
            return await step.GoToAsync(ShowAsync, null, cancellationToken);
        }

        // Signed out here: the menu underneath is someone's who no longer speaks in this chat, so the stack goes too.
        turn.SendText(AccountMsg.UnlinkedCurrent);
        currentPerson.Forget(turn);
        step.Context.CancelAll();
        return DialogStatus.Complete;
    }

    /// <summary>The person's identities, less one this turn removed (the commit deletes it only after the list is shown again).</summary>
    private async Task<List<ChannelIdentity>> IdentitiesAsync(int personId, CancellationToken cancellationToken) =>
        (await db.ChannelIdentities.Where(i => i.PersonId == personId).OrderBy(i => i.Channel).ThenBy(i => i.Id).ToListAsync(cancellationToken))
            .Where(i => db.Entry(i).State != EntityState.Deleted)
            .ToList();

    private static bool IsCurrent(Turn turn, ChannelIdentity identity) =>
        identity.Channel == turn.Activity.Channel && identity.ChannelUserId == turn.Activity.From.Id;

    /// <summary>Enough to tell two accounts apart (the last four characters); a phone number or chat id is not shown whole.</summary>
    public static string Masked(string channelUserId) => channelUserId.Length > 4 ? "•••" + channelUserId[^4..] : channelUserId;


    private static string When(DateTimeOffset instant, TimeZoneCode zone) =>
        zone.ToLocal(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) + " " + zone.Label();
}
