namespace BotApp.Data.Entities;

public enum PlanStatus
{
    Draft,
    PendingApproval,
    Approved,
    Rejected,
    /// <summary>An approver sent it back for changes; the requester revises and submits it again.</summary>
    ReturnedForChanges,
    /// <summary>Set up in billing/CRM by the business support center; the concession runs until ExpiresOn.</summary>
    Implemented,
    Withdrawn,
    /// <summary>Validity ended; the customer is back on the standard tariff.</summary>
    Expired,
}
