using BotApp.Data.Entities;

namespace BotApp.Data.Demo;

/// <summary>The rows of a run of consecutive customers, generated together and written in one transaction.</summary>
public sealed class DemoChunk
{
    public List<GroupCustomer> Customers { get; } = [];
    public List<KeyContact> Contacts { get; } = [];
    public List<Subscription> Subscriptions { get; } = [];
    public List<Agreement> Agreements { get; } = [];
    public List<DemoBillPlan> BillPlans { get; } = [];
    public List<DemoArrearsPlan> ArrearsPlans { get; } = [];
    public List<PersonalisedPlan> Plans { get; } = [];
    public List<ApprovalStep> ApprovalSteps { get; } = [];
    public List<WorkOrder> WorkOrders { get; } = [];
}
