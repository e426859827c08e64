namespace BotApp.Data.Entities;

public enum AlertKind
{
    /// <summary>欠费.</summary>
    Arrears,
    /// <summary>协议到期续约.</summary>
    AgreementExpiry,
    /// <summary>套餐到期 of group members.</summary>
    PackageExpiry,
    /// <summary>消费异常: usage falling sharply, an early churn signal.</summary>
    UsageDrop,
    PlanExpiry,
    ApprovalWaiting,
    WorkOrderOverdue,
}
