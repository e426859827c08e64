using System.Globalization;
using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Handlers.Audit;

namespace BotApp.Handlers.Plans;

/// <summary>What the plan commands write to the audit log, in their own context so the entry commits with the change (seed 003: every decision is kept).</summary>
public static class PlanAudit
{
    public const string EntityType = "PersonalisedPlan";
    public const string File = "plan.file";
    public const string Resubmit = "plan.resubmit";
    public const string Agree = "plan.agree";
    public const string Decide = "plan.decide";
    public const string Complete = "plan.complete";

    public static void Add(BotDbContext db, long staffId, string action, PersonalisedPlan plan, object details, DateTimeOffset at) =>
        db.AuditLog.Add(AuditEntries.Create(staffId, action, EntityType, plan.Id.ToString(CultureInfo.InvariantCulture), details, at));
}
