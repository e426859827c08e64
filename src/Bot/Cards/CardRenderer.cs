// How templates in cards/ are written (the neutral form every template uses):
//
//   * Data binding is Adaptive Card Templating: ${expr}, $data, $when, $root, $index (CardTemplate).
//     User-facing text is never written in a template: it comes from the data, which the caller
//     fills from zh-CN/en resources.
//   * Every action the bot handles is written ONCE, as Universal Actions:
//       {"type":"Action.Execute","verb":"approvePlan","title":"${labels.approve}","data":{"planId":"${planId}"}}
//     with an object (or no) data. Never Action.Submit: the channel pass (CardChannelAdapter) turns
//     it into what the channel understands — Teams keeps Action.Execute (plus an Action.Submit
//     fallback), Web Chat/Direct Line get Action.Submit with data {verb, ...data}. AdaptiveCardAction reads
//     both back as (verb, data).
//   * "version": "1.5", the highest both Teams and Web Chat render.
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotApp.Bot.Cards.Templating;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Cards;

public sealed class CardRenderer(CardCatalogue catalogue) : ICardRenderer
{
    // Binding is a pure function of (template, data, kind of channel), and the same cards go out again and
    // again (help, welcome, status cards of one plan): remember recent results, hand out copies.
    private const int MemoCapacity = 2048;
    private readonly ConcurrentDictionary<(string Template, bool Teams, string Data), JsonObject> _memo = new();

    public JsonObject RenderCard(string templateName, object? data, string? channelId)
    {
        var node = data as JsonNode ?? (data is null ? null : JsonSerializer.SerializeToNode(data, data.GetType(), ProtocolJson.Options));
        var key = (templateName, CardChannelAdapter.IsTeams(channelId), node?.ToJsonString() ?? "");
        if (!_memo.TryGetValue(key, out var card))
        {
            var expanded = catalogue.Get(templateName).Expand(node) as JsonObject
                ?? throw new CardTemplateException($"Card template '{templateName}' did not produce a card object.");
            card = CardChannelAdapter.Adapt(expanded, channelId);
            if (_memo.Count >= MemoCapacity)
                _memo.Clear(); // crude but bounded; a miss only costs one binding
            _memo[key] = card;
        }
        return card.DeepClone().AsObject();
    }

    public Attachment Render(string templateName, object? data, string? channelId) =>
        Attachment.AdaptiveCard(RenderCard(templateName, data, channelId));
}
