using BotApp.Bot.Localization;
using BotApp.Bot.Notices;
using BotApp.Bot.Protocol.Schema;
using BotApp.Handlers.Plans;
using BotApp.Handlers.Staff;
using Mediator;

namespace BotApp.Bot.Features.Plans;

/// <summary>
/// Draws a plan notice when it is sent, for its recipient, from the plan as it is then: the card, with one line on top
/// saying why it came. One instance per kind (PlanNotices). A card asking someone to act that they can no longer act on
/// (another approver was first, the plan was withdrawn) is not sent at all.
/// </summary>
public sealed class PlanNoticeRenderer(string kind, ISender mediator, PlanCard card, ILocalizer texts, TimeProvider time) : INoticeRenderer
{
    public string Kind => kind;

    public async Task<Activity?> RenderAsync(NoticeContext context, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetStaffMember(context.Recipient.StaffId), cancellationToken) is not { } reader
            || PlanActionData.From(context.Data) is not { PlanId: { } planId } ids
            || await mediator.Send(new GetPlan(reader, planId), cancellationToken) is not { } plan
            || Line(plan, ids.StepId, reader) is not { } line)
            return null;
        var attachment = await card.RenderAsync(plan, new PlanReader(reader.Locale, reader.TimeZone), context.ChannelId, PlanCardData.Notice(line.Text, line.Color), cancellationToken);
        return new Activity { Type = ActivityTypes.Message, Summary = line.Text, Attachments = [attachment] };
    }

    private (string Text, string Color)? Line(PlanView plan, long? stepId, StaffMember reader)
    {
        string T(string key, params object[] args) => texts.Get(key, reader.Locale, args);
        string When(DateTimeOffset? at) => at is { } instant ? DisplayFormats.LocalTime(instant, reader.TimeZone) : "";
        var step = plan.Steps.FirstOrDefault(s => s.Id == stepId);
        return kind switch
        {
            PlanNotices.ToApprove when plan.ViewerMayAct && plan.CurrentStep is { } current =>
                (T(TextKeys.PlanNoticeYourTurn, texts.Name(current.Kind, reader.Locale), plan.Steps.Count(s => s.Order <= current.Order)), "Accent"),
            PlanNotices.Task when plan.ViewerMayAct => (T(TextKeys.PlanNoticeYourTask, When(plan.CurrentStep?.DueAt)), "Accent"),
            PlanNotices.TaskOverdue when plan.ViewerMayAct || plan.CurrentStepId == stepId => (T(TextKeys.PlanNoticeOverdue, When(step?.DueAt)), "Attention"),
            PlanNotices.Decided when step is { DecidedBy: { } by } =>
                (T(TextKeys.PlanNoticeDecided, texts.Name(step.Kind, reader.Locale), by.Name, texts.Name(step.Decision, reader.Locale)),
                 step.Decision is Data.Entities.StepDecision.Rejected or Data.Entities.StepDecision.SentBack ? "Attention" : "Good"),
            PlanNotices.Implemented when plan is { EffectiveOn: { } from, ExpiresOn: { } to } =>
                (T(TextKeys.PlanNoticeImplemented, DisplayFormats.Date(from), DisplayFormats.Date(to)), "Good"),
            PlanNotices.Expiring when plan.ExpiresOn is { } end =>
                (T(TextKeys.PlanNoticeExpiring, DisplayFormats.Date(end), end.DayNumber - reader.Today(time).DayNumber), "Warning"),
            _ => null,
        };
    }
}
