using System.Text.Json.Nodes;
using BotApp.Bot.Dialogs;
using BotApp.Bot.Dialogs.Prompts;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using BotApp.Bot.State;
using BotApp.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotApp.Bot.Tests.Dialogs;

/// <summary>
/// Runs turns the way the adapter does: a fresh DbContext per turn (a DI scope), the state middleware
/// around a small bot that handles interruptions, continues the active dialog, or begins "root".
/// State therefore only carries over between turns through the SQLite database.
/// </summary>
public sealed class DialogTestHost : IDisposable
{
    public const string RootDialogId = "root";

    public DialogTestHost() => Interruptions = new InterruptionHandler(Texts, ShowHelpAsync);

    public SqliteTestDatabase Database { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

    public TestLocalizer Texts { get; } = new();

    /// <summary>Shared by every turn, as in the bot (one per process).</summary>
    public StateCache StateCache { get; } = new();

    public DialogSet Dialogs { get; } = new();

    public InterruptionHandler Interruptions { get; }

    public int HelpShown { get; private set; }

    public DialogTurnResult? LastResult { get; private set; }

    /// <summary>What the step after the prompt received (see <see cref="Ask"/>).</summary>
    public (JsonNode? Result, bool TooManyTries)? Answer { get; private set; }

    /// <summary>Makes "root" a waterfall that asks with <paramref name="prompt"/> and records the answer.</summary>
    public DialogTestHost Ask(Prompt prompt, PromptOptions options)
    {
        Dialogs.Add(prompt).Add(new WaterfallDialog(RootDialogId,
        [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            (step, ct) =>
            {
                Answer = (step.Result?.DeepClone(), step.TooManyTries);
                return step.EndDialogAsync(step.Result, ct);
            },
        ]));
        return this;
    }

    public Task<FakeTurnContext> SendAsync(string text, string locale = "zh-CN", string channelId = "test")
    {
        var activity = Activities.Message(text);
        activity.Locale = locale;
        activity.ChannelId = channelId;
        return SendAsync(activity);
    }

    public async Task<FakeTurnContext> SendAsync(Activity activity)
    {
        var turn = new FakeTurnContext(activity);
        await RunTurnAsync(turn, BotAsync);
        return turn;
    }

    public async Task RunTurnAsync(FakeTurnContext turn, Func<ITurnContext, CancellationToken, Task> bot)
    {
        await using var db = Database.CreateContext();
        // The turn's scope: the states take its DbContext from it when they need one.
        await using var scope = new ServiceCollection().AddSingleton(db).BuildServiceProvider();
        var middleware = new AutoSaveStateMiddleware(new ConversationState(scope, Time, StateCache), new UserState(scope, Time, StateCache));
        await middleware.OnTurnAsync(turn, ct => bot(turn, ct), CancellationToken.None);
    }

    public async Task<JsonObject?> StoredStateAsync(string key)
    {
        await using var db = Database.CreateContext();
        return await db.BotState.FindAsync(key) is { } record ? JsonNode.Parse(record.Json) as JsonObject : null;
    }

    private async Task BotAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var dc = await Dialogs.CreateContextAsync(turn, cancellationToken);
        if (await Interruptions.TryHandleAsync(dc, cancellationToken))
            return;
        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty && Dialogs.Find(RootDialogId) is not null)
            result = await dc.BeginDialogAsync(RootDialogId, null, cancellationToken);
        LastResult = result;
    }

    private async Task ShowHelpAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        HelpShown++;
        await turn.SendActivityAsync("HELP", cancellationToken);
    }

    public void Dispose() => Database.Dispose();
}
