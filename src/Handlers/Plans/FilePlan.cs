using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Handlers.Staff;
using Mediator;
using Microsoft.Extensions.Options;

namespace BotApp.Handlers.Plans;

/// <summary>
/// Files a plan from the form, or (PlanId) resubmits one sent back for changes, by its requester, on the version the
/// form showed. Everything is checked again here: ranges, that the customer is one the requester may see, that the
/// tariff is published, the cost floor. A structural change is saved but waits for its agreement (MarkPlanAgreed).
/// </summary>
public sealed record FilePlan(StaffMember Viewer, PlanTerms Terms, long? PlanId = null, int VersionSeen = 0) : ICommand<FilePlanOutcome>;

public sealed class FilePlanHandler(BotDbContext db, TimeProvider time, IOptions<PlanApprovalOptions> options) : ICommandHandler<FilePlan, FilePlanOutcome>
{
    public async ValueTask<FilePlanOutcome> Handle(FilePlan command, CancellationToken cancellationToken)
    {
        var (viewer, terms) = (command.Viewer, command.Terms);
        if (!PlanRoles.MayRequest(viewer.Role))
            return new FilePlanOutcome.NotAllowed();
        var plan = command.PlanId is { } planId ? await PlanLoad.OwnAsync(db, viewer, planId, cancellationToken) : null;
        if (command.PlanId is not null && plan is null)
            return new FilePlanOutcome.NotAllowed();
        if (plan is not null && (plan.Status != PlanStatus.ReturnedForChanges || plan.Version != command.VersionSeen))
            return await PlanLoad.StaleFilingAsync(db, viewer, plan.Id, cancellationToken);

        var (tariff, errors) = await PlanTermsGate.CheckAsync(db, viewer, terms, plan?.CustomerId, cancellationToken);
        if (tariff is null)
            return new FilePlanOutcome.Invalid(errors);
        var economics = PlanEconomics.Of(tariff.StandardMonthlyPrice, tariff.UnitCost, terms.DiscountPercent, terms.Subsidy, terms.AgentCommission, terms.ValidityMonths, terms.ExpectedMonthlyRevenue);
        if (economics.IsBelowCost)
            return new FilePlanOutcome.BelowCost(economics);

        var now = time.GetUtcNow();
        var revising = plan is not null;
        if (plan is null)
            plan = db.Plans.Add(new PersonalisedPlan { CustomerId = terms.CustomerId, RequesterId = viewer.Id, CreatedAt = now }).Entity;
        else
            PlanSave.Guard(db, plan, command.VersionSeen);
        terms.ApplyTo(plan);
        PlanSubmission.Route(plan, economics, options.Value.Tiers, now);
        var action = revising ? PlanAudit.Resubmit : PlanAudit.File;
        if (!await PlanSave.TryCommitAsync(db, revising ? plan.Id : null, command.VersionSeen,
                ct => PlanSubmission.WriteAsync(db, plan, viewer.Id, action, time, ct), cancellationToken))
            return await PlanLoad.StaleFilingAsync(db, viewer, plan.Id, cancellationToken);
        return await PlanLoad.FiledAsync(db, viewer, plan, cancellationToken);
    }
}
