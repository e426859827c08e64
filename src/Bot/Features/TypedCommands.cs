using BotApp.Bot.Dialogs;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Features;

/// <summary>The registered <see cref="ITypedCommand"/>s, asked in registration order; the first that matches answers.</summary>
public sealed class TypedCommands(IEnumerable<ITypedCommand> commands)
{
    /// <summary>True when a command answered the text.</summary>
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        // "我的 申请", "My  Plans", "ｎｅｗ ｐｌａｎ": one form to compare, spaces dropped (Chinese needs none, English is
        // matched against its phrases without them too).
        var key = TextNormalizer.Normalize(text).Replace(" ", "", StringComparison.Ordinal);
        foreach (var command in commands)
        {
            if (command.Matches(key))
            {
                await command.HandleAsync(turnContext, cancellationToken);
                return true;
            }
        }
        return false;
    }
}
