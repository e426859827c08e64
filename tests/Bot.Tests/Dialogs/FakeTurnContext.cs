using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Tests.Dialogs;

/// <summary>An in-memory turn: records what the bot sends instead of calling a Connector.</summary>
public sealed class FakeTurnContext(Activity activity) : ITurnContext
{
    public Activity Activity { get; } = activity;

    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>();

    public bool Responded => Sent.Count > 0 || InvokeResponse is not null;

    public InvokeResponse? InvokeResponse { get; set; }

    public List<Activity> Sent { get; } = [];

    public IEnumerable<string?> SentTexts => Sent.Select(a => a.Text);

    public Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.Locale ??= Activity.Locale;
        Sent.Add(activity);
        return Task.FromResult<ResourceResponse?>(new ResourceResponse($"sent-{Sent.Count}"));
    }

    public Task<ResourceResponse?> SendActivityAsync(string text, CancellationToken cancellationToken) =>
        SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text }, cancellationToken);

    public Task<bool> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<bool> DeleteActivityAsync(string activityId, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task SendTypingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
