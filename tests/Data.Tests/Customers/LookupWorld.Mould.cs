using BotApp.Data.Entities;
using BotApp.Data.Tests.Infrastructure;

namespace BotApp.Data.Tests.Customers;

public sealed partial class LookupWorld
{
    public Product Mobile { get; } = Product("MVPN-T", "移动VPN", ProductCategory.Mobile);
    public Product DataLine { get; } = Product("DLINE-T", "数据专线", ProductCategory.DataLine);
    public Product CloudHost { get; } = Product("CLOUD-T", "云主机", ProductCategory.Cloud);

    private void FillMould()
    {
        var mould = Mould;
        mould.NameEn = "Yuyao Huadong Mould Co., Ltd.";
        (mould.IsVip, mould.IsRedListed, mould.MemberCount) = (true, true, 120);

        mould.Subscriptions.Add(new Subscription { Product = Mobile, Quantity = 120, StartOn = new(2024, 1, 1) });
        mould.Subscriptions.Add(new Subscription { Product = DataLine, Quantity = 2, StartOn = new(2023, 1, 1), EndOn = new(2025, 12, 31) });
        mould.Subscriptions.Add(new Subscription { Product = CloudHost, Quantity = 10, StartOn = new(2026, 12, 1) });

        // 2026-08 has no bills (a gap); 2025-10 is outside the 12 months; 2026-11 is not closed yet.
        foreach (var (month, product, revenue) in new[]
        {
            (202610, Mobile, 40_000m), (202610, DataLine, 5_000m), (202609, Mobile, 38_000m), (202607, Mobile, 36_000m),
            (202607, CloudHost, 1_000m), (202511, Mobile, 30_000m), (202510, Mobile, 99_999m), (202611, Mobile, 7_777m),
        })
            mould.Bills.Add(new MonthlyBill { Month = month, Product = product, Revenue = revenue });

        mould.Agreements.Add(Agreement("HT-2025-001", new(2026, 12, 3)));
        mould.Agreements.Add(Agreement("HT-2026-002", new(2027, 6, 30)));
        mould.Agreements.Add(Agreement("HT-2024-009", new(2026, 11, 13)));
        mould.Agreements.Add(Agreement("HT-2023-000", new(2026, 12, 1), AgreementStatus.Renewed));

        mould.Arrears.Add(new Arrears { BillMonth = 202610, Amount = 1_200m, DueOn = new(2026, 11, 20) });
        mould.Arrears.Add(new Arrears { BillMonth = 202609, Amount = 800m, DueOn = new(2026, 10, 20) });
        mould.Arrears.Add(new Arrears { BillMonth = 202608, Amount = 0m, DueOn = new(2026, 9, 20) });

        mould.Contacts.Add(new KeyContact { Name = "李会计", Title = "财务", Phone = "0574-62345678" });
        mould.Contacts.Add(new KeyContact { Name = "张总", Title = "总经理", Phone = "13812345678", IsKeyPerson = true });
        mould.Contacts.Add(new KeyContact { Name = "王主任", Title = "办公室主任", IsKeyPerson = true });

        WorkOrders.Add(Order("WO-1", WorkOrderKind.Complaint, WorkOrderSeverity.High, WorkOrderStatus.Dispatched, Now.AddDays(-1)));
        WorkOrders.Add(Order("WO-2", WorkOrderKind.Fault, WorkOrderSeverity.Normal, WorkOrderStatus.InProgress, Now.AddDays(2)));
        WorkOrders.Add(Order("WO-3", WorkOrderKind.Consultation, WorkOrderSeverity.Low, WorkOrderStatus.Replied, Now.AddDays(-3)));
        WorkOrders.Add(Order("WO-4", WorkOrderKind.Complaint, WorkOrderSeverity.Normal, WorkOrderStatus.Closed, Now.AddDays(-9)));

        var tariff = Store.Tariff(Mobile);
        Plans.Add(Plan(tariff, PlanStatus.PendingApproval, null));
        Plans.Add(Plan(tariff, PlanStatus.Implemented, new(2027, 3, 31)));
        Plans.Add(Plan(tariff, PlanStatus.Implemented, new(2026, 10, 31)));
        Plans.Add(Plan(tariff, PlanStatus.Draft, null));
        Plans.Add(Plan(tariff, PlanStatus.Withdrawn, null));
    }

    private WorkOrder Order(string number, WorkOrderKind kind, WorkOrderSeverity severity, WorkOrderStatus status, DateTimeOffset dueAt) =>
        new() { Number = number, Customer = Mould, Kind = kind, Severity = severity, Status = status, Subject = $"{kind} {number}", OpenedAt = Now.AddDays(-10), DueAt = dueAt };

    private PersonalisedPlan Plan(Tariff tariff, PlanStatus status, DateOnly? expiresOn)
    {
        var plan = Store.Plan(Mould, tariff, Wang, ApprovalStepKind.BusinessManagement, ApprovalStepKind.Implementation);
        (plan.Status, plan.ExpiresOn) = (status, expiresOn);
        plan.EffectiveOn = expiresOn?.AddYears(-1);
        return plan;
    }

    private static Product Product(string code, string name, ProductCategory category) => new() { Code = code, Name = name, Category = category };
}
