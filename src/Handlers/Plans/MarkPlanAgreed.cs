using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Handlers.Staff;
using Mediator;
using Microsoft.Extensions.Options;

namespace BotApp.Handlers.Plans;

/// <summary>
/// The requester marks a structural change (新模式结构) agreed in advance, which puts the draft on its route. The
/// tariff and the cost floor are checked again: prices and costs are maintained monthly and may have moved since filing.
/// </summary>
public sealed record MarkPlanAgreed(StaffMember Viewer, long PlanId, int VersionSeen) : ICommand<FilePlanOutcome>;

public sealed class MarkPlanAgreedHandler(BotDbContext db, TimeProvider time, IOptions<PlanApprovalOptions> options) : ICommandHandler<MarkPlanAgreed, FilePlanOutcome>
{
    public async ValueTask<FilePlanOutcome> Handle(MarkPlanAgreed command, CancellationToken cancellationToken)
    {
        var viewer = command.Viewer;
        if (await PlanLoad.OwnAsync(db, viewer, command.PlanId, cancellationToken) is not { } plan)
            return new FilePlanOutcome.NotAllowed();
        if (plan.Status != PlanStatus.Draft || !plan.IsStructuralChange || plan.IsAgreedInAdvance || plan.Version != command.VersionSeen)
            return await PlanLoad.StaleFilingAsync(db, viewer, plan.Id, cancellationToken);
        if (await PlanTermsGate.PublishedTariffAsync(db, plan.TariffId, cancellationToken) is not { } tariff)
            return new FilePlanOutcome.Invalid([new("tariffId", new TextRef(PlanText.InvalidTariff))]);
        var economics = PlanEconomics.Of(tariff.StandardMonthlyPrice, tariff.UnitCost, plan.DiscountPercent, plan.Subsidy, plan.AgentCommission, plan.ValidityMonths, plan.ExpectedMonthlyRevenue);
        if (economics.IsBelowCost)
            return new FilePlanOutcome.BelowCost(economics);

        plan.IsAgreedInAdvance = true;
        PlanSave.Guard(db, plan, command.VersionSeen);
        PlanSubmission.Route(plan, economics, options.Value.Tiers, time.GetUtcNow());
        if (!await PlanSave.TryCommitAsync(db, plan.Id, command.VersionSeen,
                ct => PlanSubmission.WriteAsync(db, plan, viewer.Id, PlanAudit.Agree, time, ct), cancellationToken))
            return await PlanLoad.StaleFilingAsync(db, viewer, plan.Id, cancellationToken);
        return await PlanLoad.FiledAsync(db, viewer, plan, cancellationToken);
    }
}
