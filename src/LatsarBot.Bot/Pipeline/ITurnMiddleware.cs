namespace LatsarBot.Bot.Pipeline;

/// <summary>Code around every turn: before <c>next</c> on the way in, after it on the way out.</summary>
public interface ITurnMiddleware
{
    Task InvokeAsync(Turn turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}

/// <summary>The end of the chain: the bot's own logic (dialogs and commands).</summary>
public interface ITurnHandler
{
    Task HandleAsync(Turn turn, CancellationToken cancellationToken);
}
