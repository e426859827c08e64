using BotApp.Data.Entities;

namespace BotApp.Data.Demo;

/// <summary>
/// Personalised plans on the customer's biggest subscription, requested by its account manager: a discount that
/// never prices below unit cost, sometimes a subsidy or an agent channel. Mostly waiting for approval; some approved,
/// implemented (expiring in time), rejected or withdrawn. The route and its decisions follow DemoApprovalRoute.
/// </summary>
public static class DemoPlans
{
    private static readonly Weighted<PlanStatus> Statuses = new(
    [
        (PlanStatus.PendingApproval, 55), (PlanStatus.Approved, 8), (PlanStatus.Implemented, 25),
        (PlanStatus.Rejected, 7), (PlanStatus.Draft, 3), (PlanStatus.Withdrawn, 2),
    ]);

    private static readonly string[] Justifications =
    [
        "竞争对手报价低15%，客户要求同等优惠，否则明年不续约。",
        "客户新增300名成员，申请按规模阶梯折扣。",
        "客户计划将全部专线迁入我司，申请首年优惠以促成迁移。",
        "协议即将到期，续约谈判中客户要求降低资费。",
        "客户为区重点单位，申请补贴用于终端更新以稳定存量。",
        "融合业务打包（移动+专线+云），申请组合优惠。",
    ];

    private static readonly int[] Validities = [6, 12, 12, 24];

    public static void Add(DemoWorld world, DemoChunk chunk, GroupCustomer customer, DemoCustomerSpec spec, DemoRandom random, DemoUsage usage)
    {
        if (spec.Plan == DemoPlanState.None)
            return;
        var tariff = random.Pick(DemoCatalogue.PublishedByProduct[usage.Largest.ProductId]);
        // Cost floor (成本效益原则): the discounted price stays at least 2 % above unit cost.
        var maxDiscount = Math.Floor((1 - (1.02m * tariff.UnitCost / tariff.StandardMonthlyPrice)) * 200) / 2;
        var agent = random.Chance(0.3);
        var structural = random.Chance(0.05);
        var plan = new PersonalisedPlan
        {
            Id = world.NextPlanId(),
            CustomerId = customer.Id,
            TariffId = tariff.Id,
            RequesterId = customer.AccountManagerId,
            DiscountPercent = Math.Min(maxDiscount, random.Next(10, 61) / 2m),
            Subsidy = random.Chance(0.4) ? random.Next(10, 500) * 100m : 0m,
            AgentChannels = agent ? $"宁波{DemoBrandWords.Next(random).Zh}通信技术有限公司" : null,
            AgentCommission = agent ? random.Next(5, 80) * 100m : 0m,
            ValidityMonths = spec.Plan == DemoPlanState.ExpiringSoon ? 12 : random.Pick(Validities),
            Justification = random.Pick(Justifications),
            IsStructuralChange = structural,
            IsAgreedInAdvance = structural && random.Chance(0.6),
        };
        plan.ExpectedMonthlyRevenue = decimal.Round(usage.LargestMonthly * (100 - plan.DiscountPercent) / 100, 0);
        plan.Status = spec.Plan switch
        {
            DemoPlanState.Pending => PlanStatus.PendingApproval,
            DemoPlanState.ExpiringSoon => PlanStatus.Implemented,
            // A new structure without prior agreement may not be routed: it stays a draft.
            _ when !plan.MayBeRouted => PlanStatus.Draft,
            _ => Statuses.Pick(random),
        };
        DemoPlanTimeline.Apply(world.Calendar, plan, spec.Plan == DemoPlanState.ExpiringSoon, random);
        chunk.Plans.Add(plan);
        DemoApprovalRoute.Add(world, chunk, plan, random);
    }
}
