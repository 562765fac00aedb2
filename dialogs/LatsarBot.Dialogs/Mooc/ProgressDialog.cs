using LatsarBot.Bot.Dialogs;
using LatsarBot.Data;
using LatsarBot.Data.Mooc;
using LatsarBot.Dialogs.Common;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Mooc;

/// <summary>/progres: trophies, stars, the four minimums met or missing, the attitude score and the post test.</summary>
public sealed class ProgressDialog(MoocLearner learner, LatsarDb db) : Dialog
{
    public const string DialogId = "mooc.progress";

    public override string Id => DialogId;

    public override async Task<DialogStatus> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        if (dc.Turn.Person is { IsParticipant: true } participant)
        {
            var units = await learner.UnitsAsync(participant.Id, cancellationToken);
            var attempts = await db.PostTestAttempts.Where(a => a.ParticipantId == participant.Id).ToListAsync(cancellationToken);
            dc.Turn.Send(MoocView.ProgressCard(dc.Turn, learner, units, attempts));
        }
        else
        {
            dc.Turn.SendText(MoocMsg.OnlyParticipants);
        }

        return await dc.EndAsync(null, cancellationToken);
    }
}
