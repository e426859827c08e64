using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Notices;

/// <summary>
/// Draws one kind of notice ("plan.decided", "plan.task" …) for one recipient, at send time and in their language, so the
/// text reflects the state of things when it goes out. Resolved in a DI scope per message: renderers may use Mediator,
/// the DbContext and the card renderer, to read: what they change in the scope's DbContext would be saved with the
/// outbox row. Register with <see cref="NoticesServiceCollectionExtensions.AddNoticeRenderer{TRenderer}"/>.
/// </summary>
public interface INoticeRenderer
{
    /// <summary>The notice kind this renderer draws (the payload's "kind"); if two share one, the last registered wins.</summary>
    string Kind { get; }

    /// <summary>The message to send, addressed by the dispatcher; null when there is nothing to say any more (the plan moved on).</summary>
    Task<Activity?> RenderAsync(NoticeContext context, CancellationToken cancellationToken);
}
