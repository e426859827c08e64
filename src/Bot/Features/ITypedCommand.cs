using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Features;

/// <summary>
/// A phrase a feature answers when it is typed ("申请方案", "my approvals"). The bot asks every registered command
/// before it treats text as a customer lookup, so a feature claims its words without the lookup knowing about them.
/// </summary>
public interface ITypedCommand
{
    /// <summary>True when <paramref name="text"/> (after <see cref="Dialogs.TextNormalizer"/>, without spaces) is this command.</summary>
    bool Matches(string text);

    Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
