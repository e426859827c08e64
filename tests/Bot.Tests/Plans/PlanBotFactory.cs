using System.Text.Json.Nodes;
using BotApp.Bot.Middleware;
using BotApp.Bot.Notices;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Tests.Infrastructure;
using BotApp.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotApp.Bot.Tests.Plans;

/// <summary>
/// The bot on a small demo database with the named demo staff: 王芳 files, 李强 (business management), 周敏
/// (leadership) and 吴磊 (support center) act. Each person chats in their own 1:1 conversation; notices are sent by
/// draining the outbox on demand.
/// </summary>
public sealed class PlanBotFactory : BotAppFactory
{
    public const string WangFang = "dl_wangfang";
    public const string ChenJing = "dl_chenjing";
    public const string LiQiang = "dl_liqiang";
    public const string ZhouMin = "dl_zhoumin";
    public const string WuLei = "dl_wulei";

    public const string ZhengHua = "dl_zhenghua";

    public PlanBotFactory()
    {
        Settings["Demo:SeedCustomers"] = "300";
        // A Wednesday morning in Shanghai, so due times and reminders do not depend on the day the tests run.
        ConfigureTestServices = services => services.AddSingleton<TimeProvider>(Clock);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

    public async Task<T> QueryAsync<T>(Func<BotDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BotDbContext>());
    }

    public Task<long> TariffIdAsync(string code) => QueryAsync(db => db.Tariffs.Where(t => t.Code == code).Select(t => t.Id).SingleAsync());

    public Task<long> CustomerOfAsync(string webChatId) =>
        QueryAsync(db => db.GroupCustomers.Where(c => c.AccountManager.WebChatId == webChatId).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    /// <summary>Everyone's conversation reference is in the store (they are written behind the turn).</summary>
    public Task FlushReferencesAsync() => Services.GetRequiredService<StoreWriteBehind>().FlushAsync(CancellationToken.None);

    public async Task<T> SendAsync<T>(Mediator.ICommand<T> command)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(command);
    }

    /// <summary>Sends every notice that is due now.</summary>
    public Task DeliverNoticesAsync() => Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
}

/// <summary>One person's 1:1 chat with the bot in a test: what they send and what the bot sent there.</summary>
public sealed class Chat(PlanBotFactory factory, string userId, string channelId = "directline")
{
    public string ConversationId { get; } = $"plan-{userId}-{Guid.NewGuid():N}";

    /// <summary>The bot's reply to what was said (notices arriving meanwhile are not replies).</summary>
    public async Task<Activity> SayAsync(string text)
    {
        var activity = Activities.Message(text, userId, ConversationId);
        activity.ChannelId = channelId;
        await factory.CreateClient().PostActivityAsync(activity);
        return ReplyTo(activity);
    }

    /// <summary>A Web Chat card button (Action.Submit): a message whose value is the verb and its data with the card's inputs.</summary>
    public async Task<Activity> SubmitAsync(string verb, JsonObject data)
    {
        var activity = Activities.Message("", userId, ConversationId);
        activity.ChannelId = channelId;
        activity.Text = null;
        var value = (JsonObject)data.DeepClone();
        value["verb"] = verb;
        activity.Value = value;
        await factory.CreateClient().PostActivityAsync(activity);
        return ReplyTo(activity);
    }

    /// <summary>A Teams Action.Execute: an adaptiveCard/action invoke; returns the invoke response body.</summary>
    public async Task<JsonObject> ExecuteAsync(string verb, JsonObject data)
    {
        var activity = Activities.Message("", userId, ConversationId);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "adaptiveCard/action";
        activity.ChannelId = "msteams";
        activity.Text = null;
        activity.Value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() } };
        var response = await factory.CreateClient().PostActivityAsync(activity);
        return (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Notices: what the bot sent here on its own, not as a reply.</summary>
    public IReadOnlyList<Activity> Notices() => [.. Received().Where(a => a.ReplyToId is null)];

    private Activity ReplyTo(Activity inbound) => Assert.Single(Received(), a => a.ReplyToId == inbound.Id);

    public IReadOnlyList<Activity> Received() => [.. factory.Channel.SentActivities().Where(a => a.Conversation?.Id == ConversationId)];
}
