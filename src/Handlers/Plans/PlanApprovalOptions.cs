using BotApp.Data.Entities;

namespace BotApp.Handlers.Plans;

/// <summary>Configuration section "PlanApproval" (appsettings.sample.json, ADR-016). Checked at startup by <see cref="PlanApprovalOptionsValidator"/>.</summary>
public sealed class PlanApprovalOptions
{
    public const string Section = "PlanApproval";

    /// <summary>Authority tiers, most lenient limits last; the last one must be unlimited. Default: ADR-016's two tiers.</summary>
    public List<PlanTier> Tiers { get; set; } =
    [
        new() { Name = "1", MaxDiscountPercent = 25m, MaxConcessionValue = 200_000m, Steps = [ApprovalStepKind.BusinessManagement] },
        new() { Name = "2", Steps = [ApprovalStepKind.BusinessManagement, ApprovalStepKind.Leadership] },
    ];

    /// <summary>Public holidays (weekdays not worked), local dates.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Weekend days worked in place of a holiday (调休), local dates.</summary>
    public List<DateOnly> MakeUpWorkdays { get; set; } = [];

    /// <summary>Working days the business support center has to implement an approved plan.</summary>
    public int ImplementationDue { get; set; } = 1;

    /// <summary>How many days before a plan's ExpiresOn its requester is reminded.</summary>
    public int ExpiryReminderDays { get; set; } = 30;

    /// <summary>The zone of the working-day calendar, "today" and due times.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Values the configuration held that could not be read; the validator reports them at startup.</summary>
    public List<string> ReadErrors { get; } = [];
}
