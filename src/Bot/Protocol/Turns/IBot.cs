namespace BotApp.Bot.Protocol.Turns;

public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}

public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>Runs around every turn, in registration order (Bot Builder's IMiddleware).</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}
