using BotApp.Bot.Protocol.Turns;
using BotApp.Bot.State;

namespace BotApp.Bot.Features.Language;

/// <summary>
/// Applies a person's saved language choice to the inbound activity, so every reply, prompt and
/// apology in the turn uses it. Runs after the state middleware.
/// </summary>
public sealed class LocaleMiddleware : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!string.IsNullOrEmpty(activity.From?.Id) && !string.IsNullOrEmpty(activity.ChannelId))
        {
            var user = await turnContext.GetUserState().GetAsync(turnContext, cancellationToken);
            if (user[LanguageSwitch.UserStateProperty]?.GetValue<string>() is { Length: > 0 } chosen)
                activity.Locale = chosen;
        }
        await next(cancellationToken);
    }
}
