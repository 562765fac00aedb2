using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Channels;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Messages;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Data;
using LatsarBot.Data.Announcements;
using LatsarBot.Data.Audit;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Participants;

namespace LatsarBot.Dialogs.Announcements;

/// <summary>
/// A new announcement: the audience (<see cref="AnnouncementAudienceDialog"/>) → the text → a preview exactly as
/// recipients will see it, with the count, the delivery estimate and a quiet-hours warning → Kirim / Jadwalkan (the
/// time, in the organiser's zone) / Batal. Recording it is the turn's only write; ends with
/// <see cref="AnnouncementDialog.Back"/> whatever the organiser chose.
/// </summary>
public sealed class AnnouncementComposeDialog(CurrentPerson currentPerson, LatsarDb db, MessageCatalog messages, ChannelRates rates, ChannelDirectory channels, QuietHours quiet)
    : WaterfallDialog<AnnouncementComposeDialog.State>
{
    public const string DialogId = "announce.compose";

    public override string Id => DialogId;

    public sealed class State
    {
        public AnnouncementAudienceDialog.Pick? Audience { get; set; }

        public string? Text { get; set; }
    }

    protected override IReadOnlyList<StepFunc> DefineSteps() => [AudienceAsync, AskTextAsync, PreviewAsync, ConfirmAsync, AskWhenAsync, WhenAsync];

    private MenuRoutes<WaterfallStep<State>> Choices => _choices ??= new MenuRoutes<WaterfallStep<State>>((step, ct) => step.GoToAsync(PreviewAsync, step.Values.Text, ct))
        .On("send", (step, ct) => RecordAsync(step, null, ct))
        .On("schedule", (step, ct) => step.GoToAsync(AskWhenAsync, null, ct))
        .On(AnnouncementAudienceDialog.Discard, DiscardedAsync);

    private MenuRoutes<WaterfallStep<State>>? _choices;

    private Task<DialogStatus> AudienceAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.BeginAsync(AnnouncementAudienceDialog.DialogId, null, cancellationToken);

    /// <summary>After the audience (null: cancelled there), or again with the reason the text was refused.</summary>
    private async Task<DialogStatus> AskTextAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (step.Result is AnnouncementAudienceDialog.Pick pick)
        {
            step.Values.Audience = pick;
        }
        else if (step.Result is not Reply || step.Values.Audience is null)
        {
            return await step.EndAsync(AnnouncementDialog.Back, cancellationToken);
        }

        var ask = step.Result as Reply ?? step.Turn.Say(AnnouncementMsg.AskText, ("audience", step.Values.Audience.Label));
        return await step.PromptAsync(Prompts.Text, new PromptOptions(ask), cancellationToken);
    }

    /// <summary>The message exactly as recipients get it, then what sending it means: who, where, how long, who is asleep.</summary>
    private async Task<DialogStatus> PreviewAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (Organiser is not { } organiser)
        {
            return await RefusedAsync(step, cancellationToken);
        }

        var text = (step.Result as string ?? "").Trim();
        var max = AnnouncementView.MaxTextLengthFor(channels);
        if (text.Length == 0 || text.Length > max)
        {
            var key = text.Length == 0 ? AnnouncementMsg.AskText : AnnouncementMsg.TextTooLong;
            return await step.GoToAsync(AskTextAsync, step.Turn.Say(key, ("audience", step.Values.Audience!.Label), ("max", max), ("length", text.Length)), cancellationToken);
        }

        step.Values.Text = text;
        var shape = await AnnouncementAudience.ShapeAsync(db, step.Values.Audience!.Draft(organiser, text, step.Turn.Now), step.Turn.Now, quiet, cancellationToken);
        step.Turn.SendText(AnnouncementMsg.PreviewIntro);
        step.Turn.Send(AnnouncementView.Message(messages, step.Turn.Language, organiser.Institution?.Name ?? "", text));
        List<ReplyButton> choices = shape.Total > 0
            ? [step.Turn.Button(AnnouncementMsg.ButtonSend, "send"), step.Turn.Button(AnnouncementMsg.ButtonSchedule, "schedule"), step.Turn.Button(AnnouncementMsg.ButtonCancel, AnnouncementAudienceDialog.Discard)]
            : [step.Turn.Button(AnnouncementMsg.ButtonCancel, AnnouncementAudienceDialog.Discard)];
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(new Reply(AnnouncementView.Summary(messages, step.Turn.Language, shape, rates, channels)))
        {
            Choices = choices,
        }, cancellationToken);
    }

    private Task<DialogStatus> ConfirmAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        Organiser is null ? RefusedAsync(step, cancellationToken) : Choices.RouteAsync(step, step.Result as string, cancellationToken);

    /// <summary>Asks for the time, or again with the reason the last one was refused.</summary>
    private Task<DialogStatus> AskWhenAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var zone = Organiser?.TimeZone ?? TimeZoneCode.Wib;
        var ask = step.Result as Reply ?? step.Turn.Say(AnnouncementMsg.AskWhen, ("zone", zone.Label()));
        return step.PromptAsync(Prompts.Text, new PromptOptions(ask), cancellationToken);
    }

    private async Task<DialogStatus> WhenAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (Organiser is not { } organiser)
        {
            return await RefusedAsync(step, cancellationToken);
        }

        var when = AnnouncementView.ParseWhen(step.Result as string, organiser.TimeZone);
        if (when is null || !Announcement.CanScheduleFor(when.Value, step.Turn.Now))
        {
            var key = when is null ? AnnouncementMsg.WhenInvalid : AnnouncementMsg.WhenPast;
            return await step.GoToAsync(AskWhenAsync, step.Turn.Say(key, ("zone", organiser.TimeZone.Label())), cancellationToken);
        }

        return await RecordAsync(step, when, cancellationToken);
    }

    /// <summary>Records the decision in the turn's transaction; the fan-out picks it up once it is committed.</summary>
    private async Task<DialogStatus> RecordAsync(WaterfallStep<State> step, DateTimeOffset? when, CancellationToken cancellationToken)
    {
        var organiser = Organiser!;
        var announcement = step.Values.Audience!.Draft(organiser, step.Values.Text ?? "", step.Turn.Now);
        if (when is { } at)
        {
            announcement.Schedule(at, step.Turn.Now);
            step.Turn.SendText(AnnouncementMsg.Scheduled, ("when", AnnouncementView.When(at, organiser.TimeZone, step.Turn.Language)));
        }
        else
        {
            announcement.SendNow();
            step.Turn.SendText(AnnouncementMsg.Sending);
        }

        db.Announcements.Add(announcement);
        AuditLog.Record(db, step.Turn.Now, AuditActor.Of(organiser), AuditActions.AnnouncementCreate, announcement.AudienceLabel,
            when is { } scheduled ? $"scheduled {scheduled:u}: {announcement.Text}" : $"now: {announcement.Text}", AuditOrigin.Chat(step.Turn.Activity.Channel));

        return await step.EndAsync(AnnouncementDialog.Back, cancellationToken);
    }

    private static Task<DialogStatus> DiscardedAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        step.Turn.SendText(AnnouncementMsg.Discarded);
        return step.EndAsync(AnnouncementDialog.Back, cancellationToken);
    }

    /// <summary>The organiser, asked on every answer: only an organiser announces.</summary>
    private StaffMember? Organiser => AnnouncementDialog.Organiser(currentPerson);

    private static Task<DialogStatus> RefusedAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        step.Turn.SendText(AnnouncementMsg.OnlyOrganisers);
        return step.EndAsync(AnnouncementDialog.Back, cancellationToken);
    }
}
