using BotApp.Data.Entities;

namespace BotApp.Data.Tests.Infrastructure;

/// <summary>Small factory methods for test rows; codes and names only need to be unique.</summary>
public static class Store
{
    private static int _next;

    public static Staff Staff(StaffRole role, OrgUnit? unit = null, string? name = null) =>
        new() { Name = name ?? $"{role}-{Next()}", Role = role, OrgUnit = unit };

    public static GroupCustomer Customer(Staff accountManager, OrgUnit unit, string? name = null, Staff? serviceManager = null) =>
        new()
        {
            Code = $"C{Next():D9}",
            Name = name ?? $"客户{Next()}",
            Industry = Industry.Manufacturing,
            OrgUnit = unit,
            AccountManager = accountManager,
            ServiceManager = serviceManager,
            MemberCount = 20,
        };

    public static Product Product(ProductCategory category) =>
        new() { Code = $"P{Next()}", Name = $"{category}", Category = category };

    public static Tariff Tariff(Product product) =>
        new() { Code = $"T{Next()}", Name = "标准资费", Product = product, StandardMonthlyPrice = 100m, UnitCost = 40m, MarketReferenceValue = 90m, IsPublished = true };

    public static PersonalisedPlan Plan(GroupCustomer customer, Tariff tariff, Staff requester, params ApprovalStepKind[] route)
    {
        var plan = new PersonalisedPlan { Customer = customer, Tariff = tariff, Requester = requester, DiscountPercent = 10m, ValidityMonths = 12, Justification = "竞争对手报价" };
        for (var i = 0; i < route.Length; i++)
            plan.Steps.Add(new ApprovalStep { Order = i + 1, Kind = route[i], AssigneeRole = ApprovalStep.RoleFor(route[i]) });
        return plan;
    }

    private static int Next() => Interlocked.Increment(ref _next);
}
