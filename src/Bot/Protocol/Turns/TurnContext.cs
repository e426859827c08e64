using BotApp.Bot.Protocol.Connector;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Protocol.Turns;

public sealed class TurnContext(Activity activity, IConnectorClient connector) : ITurnContext
{
    private bool _responded;

    public Activity Activity { get; } = activity;

    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>();

    public bool Responded => _responded || InvokeResponse is not null;

    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Everything sent in this turn, for logging and tests.</summary>
    public List<Activity> Sent { get; } = [];

    public Task<ResourceResponse?> SendActivityAsync(string text, CancellationToken cancellationToken) =>
        SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text }, cancellationToken);

    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var outgoing = Address(activity);
        var serviceUrl = RequireServiceUrl();
        var conversationId = Activity.Conversation?.Id ?? throw new InvalidOperationException("The inbound activity has no conversation id.");

        // As Bot Builder: a reply goes to ReplyToActivity, anything else is appended to the conversation.
        var result = outgoing.ReplyToId is { Length: > 0 } replyTo && !outgoing.IsType(ActivityTypes.Typing)
            ? await connector.ReplyToActivityAsync(serviceUrl, conversationId, replyTo, outgoing, cancellationToken)
            : await connector.SendToConversationAsync(serviceUrl, conversationId, outgoing, cancellationToken);
        if (!result.Succeeded)
            throw new ConnectorException(result.Outcome, result.StatusCode, result.ErrorMessage);
        _responded = true;
        Sent.Add(outgoing);
        return result.Value;
    }

    public async Task<bool> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var activityId = activity.Id ?? throw new ArgumentException("An update needs the id of the message to replace.", nameof(activity));
        var outgoing = Address(activity);
        outgoing.Id = activityId; // Bot Builder keeps the id on updates
        var result = await connector.UpdateActivityAsync(RequireServiceUrl(), Activity.Conversation!.Id!, activityId, outgoing, cancellationToken);
        return result.Succeeded;
    }

    public async Task<bool> DeleteActivityAsync(string activityId, CancellationToken cancellationToken)
    {
        var result = await connector.DeleteActivityAsync(RequireServiceUrl(), Activity.Conversation!.Id!, activityId, cancellationToken);
        return result.Succeeded;
    }

    public async Task SendTypingAsync(CancellationToken cancellationToken) =>
        await SendActivityAsync(new Activity { Type = ActivityTypes.Typing, ReplyToId = null }, cancellationToken);

    private Activity Address(Activity activity)
    {
        var template = Activity.CreateReply();
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId = template.ChannelId;
        activity.ServiceUrl = template.ServiceUrl;
        activity.Conversation ??= template.Conversation;
        activity.From ??= template.From;
        activity.Recipient ??= template.Recipient;
        activity.Locale ??= template.Locale;
        if (!activity.IsType(ActivityTypes.Typing))
            activity.ReplyToId ??= template.ReplyToId;
        activity.Id = null; // bots do not send ids (A2041); the channel assigns them
        return activity;
    }

    private string RequireServiceUrl() =>
        Activity.ServiceUrl ?? throw new InvalidOperationException("The inbound activity has no serviceUrl.");
}
