using BotApp.Bot.Localization;
using BotApp.Bot.Notices;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Tests.Notices;

/// <summary>Greets the recipient by name in their language (a real resource text), with the data's "n" appended.</summary>
public sealed class GreetingRenderer(ILocalizer texts) : INoticeRenderer
{
    public const string KindName = "test.greeting";

    public string Kind => KindName;

    public static string Text(ILocalizer texts, string locale, string name, int n) => $"{texts.Get(TextKeys.WelcomeNamed, locale, name)} #{n}";

    public Task<Activity?> RenderAsync(NoticeContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Activity?>(new Activity
        {
            Type = ActivityTypes.Message,
            Text = Text(texts, context.Recipient.Locale, context.Recipient.Name, (int?)context.Data["n"] ?? 0),
        });
}

/// <summary>Has nothing to say any more (the plan moved on).</summary>
public sealed class SilentRenderer : INoticeRenderer
{
    public string Kind => "test.silent";

    public Task<Activity?> RenderAsync(NoticeContext context, CancellationToken cancellationToken) => Task.FromResult<Activity?>(null);
}

/// <summary>Fails as a renderer would when the store is briefly unavailable.</summary>
public sealed class FailingRenderer : INoticeRenderer
{
    public string Kind => "test.failing";

    public Task<Activity?> RenderAsync(NoticeContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the store is busy");
}
