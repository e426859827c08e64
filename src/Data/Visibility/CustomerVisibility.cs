using BotApp.Data.Entities;

namespace BotApp.Data.Visibility;

/// <summary>
/// The one place that decides what a member of staff may read (domain.md, "Who uses the bot"; ADR-009). Every
/// feature query over customers, their rows and plans starts here and composes on the IQueryable it returns,
/// so the rule is in SQL and cannot be forgotten in one feature.
/// </summary>
public static class CustomerVisibility
{
    /// <summary>The roles a route step can name; only these see a plan by role alone.</summary>
    private static readonly HashSet<StaffRole> ApproverRoles = Enum.GetValues<ApprovalStepKind>().Select(ApprovalStep.RoleFor).ToHashSet();

    /// <summary>Roles that work across the whole customer base.</summary>
    public static IReadOnlySet<StaffRole> DepartmentRoles { get; } = new HashSet<StaffRole>
    {
        StaffRole.BusinessApprover, StaffRole.CooperationApprover, StaffRole.Leadership,
        StaffRole.SupportCenter, StaffRole.ServiceDesk, StaffRole.Admin,
    };

    /// <summary>
    /// True when <see cref="VisibleCustomers"/> is every customer, so a query may skip a filter that removes nothing
    /// (customer search does, to keep a million-customer search off the customer rows). Decided here, with the rule.
    /// </summary>
    public static bool SeesAllCustomers(StaffIdentity viewer) => DepartmentRoles.Contains(viewer.Role);

    public static IQueryable<GroupCustomer> VisibleCustomers(BotDbContext db, StaffIdentity viewer)
    {
        var customers = db.GroupCustomers;
        var staffId = viewer.StaffId;
        return viewer.Role switch
        {
            StaffRole.AccountManager => customers.Where(c => c.AccountManagerId == staffId),
            StaffRole.ServiceManager => customers.Where(c => c.ServiceManagerId == staffId),
            StaffRole.UnitLead when viewer.OrgUnitPath is { Length: > 0 } path => customers.Where(c => c.OrgUnit.Path.StartsWith(path)),
            _ when SeesAllCustomers(viewer) => customers,
            // A unit lead without a unit, or a role added later and not yet decided here: nothing.
            _ => customers.Where(c => false),
        };
    }

    /// <summary>Rows that belong to a customer (bills, agreements, arrears, contacts, work orders…): visible with their customer.</summary>
    public static IQueryable<T> VisibleRows<T>(BotDbContext db, StaffIdentity viewer)
        where T : class, ICustomerOwned
    {
        var visibleIds = VisibleCustomers(db, viewer).Select(c => c.Id);
        return db.Set<T>().Where(row => visibleIds.Contains(row.CustomerId));
    }

    /// <summary>
    /// Plans are confidential (一事一议): the requester, whoever a step on the plan's route names — by person, or
    /// by role for the approving departments — and the business support center, which implements them all (and its unit's lead).
    /// Seeing the customer is not enough: a unit lead or an admin does not read plans they are not part of.
    /// </summary>
    public static IQueryable<PersonalisedPlan> VisiblePlans(BotDbContext db, StaffIdentity viewer)
    {
        if (viewer.Role == StaffRole.SupportCenter)
            return db.Plans;
        var staffId = viewer.StaffId;
        var role = viewer.Role;
        // The lead of the unit the support center works in answers for its tasks (overdue reminders): they see what it sees.
        if (role == StaffRole.UnitLead && viewer.OrgUnitPath is { Length: > 0 } path)
        {
            return db.Plans.Where(p => p.RequesterId == staffId || p.Steps.Any(s => s.AssigneeId == staffId)
                || db.Staff.Any(s => s.Role == StaffRole.SupportCenter && s.OrgUnit!.Path == path));
        }
        if (!ApproverRoles.Contains(role))
            return db.Plans.Where(p => p.RequesterId == staffId || p.Steps.Any(s => s.AssigneeId == staffId));
        return db.Plans.Where(p => p.RequesterId == staffId || p.Steps.Any(s => s.AssigneeId == staffId || s.AssigneeRole == role));
    }
}
