using System.Text.Json.Nodes;
using BotApp.Bot.Cards.Templating;

namespace BotApp.Bot.Cards;

/// <summary>
/// The post-bind pass that fits a card's actions to the channel (protocol digest §4.3, §4.4, §4.6).
/// Templates write every bot action in the neutral form documented in <see cref="CardRenderer"/>:
/// <c>{"type":"Action.Execute","verb":"…","title":"…","data":{…}}</c>.
/// <list type="bullet">
/// <item>Teams (<c>msteams</c>): Action.Execute stays, with a <c>fallback</c> Action.Submit carrying
/// <c>{verb, ...data}</c>; card-level actions move into an ActionSet at the end of the body because
/// older Teams clients ignore <c>fallback</c> outside an ActionSet; <c>version</c> is "1.5".</item>
/// <item>Any other channel (Web Chat, Direct Line, Emulator, test): Web Chat only logs Action.Execute,
/// so it becomes Action.Submit with <c>data = {verb, ...data}</c>; <c>refresh</c> (Universal Actions
/// only) is removed; <c>version</c> is capped at "1.5", the common maximum.</item>
/// </list>
/// The verb wins over a <c>verb</c> key inside data. The card is changed in place and returned.
/// </summary>
public static class CardChannelAdapter
{
    public const string Teams = "msteams";
    public const string MaxVersion = "1.5";

    public static bool IsTeams(string? channelId) => string.Equals(channelId, Teams, StringComparison.OrdinalIgnoreCase);

    public static JsonObject Adapt(JsonObject card, string? channelId)
    {
        var teams = IsTeams(channelId);
        if (!teams) card.Remove("refresh");
        card["version"] = teams || !IsAtMost(card["version"], MaxVersion) ? MaxVersion : card["version"]!.DeepClone();
        Visit(card, teams);
        return card;
    }

    private static void Visit(JsonNode? node, bool teams)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array) Visit(item, teams);
                break;
            case JsonObject obj:
                var type = TypeOf(obj);
                if (type == "Action.Execute") AdaptAction(obj, teams);
                if (type == "AdaptiveCard" && teams) MoveActionsIntoBody(obj);
                foreach (var (key, child) in obj.ToList())
                {
                    if (key is not ("data" or "refresh")) Visit(child, teams);
                }
                break;
        }
    }

    private static void AdaptAction(JsonObject action, bool teams)
    {
        var submitData = SubmitData(action);
        if (teams)
        {
            if (action.ContainsKey("fallback")) return;
            var fallback = new JsonObject { ["type"] = "Action.Submit" };
            foreach (var key in (string[])["title", "iconUrl", "style", "tooltip", "isEnabled", "mode", "associatedInputs"])
            {
                if (action[key] is { } value) fallback[key] = value.DeepClone();
            }
            fallback["data"] = submitData;
            action["fallback"] = fallback;
            return;
        }
        action["type"] = "Action.Submit";
        action.Remove("verb");
        action["data"] = submitData;
    }

    /// <summary>{ verb, ...data }: what arrives as the message value when the Submit is pressed.</summary>
    private static JsonObject SubmitData(JsonObject action)
    {
        var verb = action["verb"]?.GetValue<string>() ?? throw new CardTemplateException($"Action.Execute '{action["title"]}' has no verb.");
        var data = action["data"] switch
        {
            null => [],
            JsonObject obj => obj,
            _ => throw new CardTemplateException($"Action.Execute '{verb}' must carry an object as data."),
        };
        var result = new JsonObject { [AdaptiveCardAction.VerbKey] = verb };
        foreach (var (key, value) in data)
        {
            if (key != AdaptiveCardAction.VerbKey) result[key] = value?.DeepClone();
        }
        return result;
    }

    private static void MoveActionsIntoBody(JsonObject card)
    {
        if (card["actions"] is not JsonArray { Count: > 0 } actions) return;
        card.Remove("actions");
        if (card["body"] is not JsonArray body) card["body"] = body = [];
        body.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = actions });
    }

    private static string? TypeOf(JsonObject obj) =>
        obj["type"] is JsonValue value && value.TryGetValue<string>(out var type) ? type : null;

    private static bool IsAtMost(JsonNode? version, string max) =>
        version is JsonValue value && value.TryGetValue<string>(out var text)
        && Version.TryParse(text, out var parsed) && Version.TryParse(max, out var limit) && parsed <= limit;
}
