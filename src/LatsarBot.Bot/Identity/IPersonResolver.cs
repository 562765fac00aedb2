using LatsarBot.Bot.Pipeline;

namespace LatsarBot.Bot.Identity;

/// <summary>
/// Finds the person bound to the turn's sender. An interface with one implementation, because the
/// engine cannot see the database: the dialogs project implements it with the turn's DbContext.
/// </summary>
public interface IPersonResolver
{
    ValueTask<TurnPerson?> ResolveAsync(Turn turn, CancellationToken cancellationToken);
}
