using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Cards;

/// <summary>
/// A card button press (not Bot Framework's <c>CardAction</c>, which is a suggested-action button), whichever way the channel delivered it: Teams sends Action.Execute as an
/// <c>adaptiveCard/action</c> invoke (verb and data in <c>value.action</c>; the bot must answer the
/// invoke), Web Chat and Teams' Action.Submit fallback send a message whose <c>value</c> is
/// <c>{ verb, ...data }</c> plus the card's input values (see <see cref="CardChannelAdapter"/>).
/// </summary>
/// <param name="Data">The action's data merged with the card's inputs, without the verb.</param>
/// <param name="IsInvoke">True when it came as an invoke, which needs an invoke response.</param>
public sealed record AdaptiveCardAction(string Verb, JsonObject Data, bool IsInvoke)
{
    public const string InvokeName = "adaptiveCard/action";
    public const string VerbKey = "verb";

    public static AdaptiveCardAction? From(Activity activity)
    {
        if (activity.IsType(ActivityTypes.Invoke) && string.Equals(activity.Name, InvokeName, StringComparison.Ordinal))
        {
            var action = (activity.Value as JsonObject)?["action"] as JsonObject;
            return VerbOf(action) is { } verb ? new AdaptiveCardAction(verb, Copy(action!["data"] as JsonObject), IsInvoke: true) : null;
        }
        if (activity.IsType(ActivityTypes.Message) && activity.Value is JsonObject value && VerbOf(value) is { } submitted)
        {
            var data = Copy(value);
            data.Remove(VerbKey);
            return new AdaptiveCardAction(submitted, data, IsInvoke: false);
        }
        return null;
    }

    private static string? VerbOf(JsonObject? container) =>
        container?[VerbKey] is JsonValue node && node.TryGetValue<string>(out var verb) && verb.Length > 0 ? verb : null;

    private static JsonObject Copy(JsonObject? data) => data?.DeepClone().AsObject() ?? [];
}
