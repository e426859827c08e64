using BotApp.Data.Entities;
using BotApp.Data.Visibility;

namespace BotApp.Handlers.Customers;

/// <summary>
/// Who may read a customer's contact phone numbers in full (ADR-012): the people who look after the relationship
/// (the customer's own account manager and service manager), the unit lead of its region (who covers for them
/// and joins key visits), and the service desk (which calls customers back on complaints and faults). Everyone else
/// who may see the customer (approvers, leadership, support center, admin) sees them masked.
/// </summary>
public static class ContactPhones
{
    private static readonly HashSet<StaffRole> RolesThatCallCustomers = [StaffRole.UnitLead, StaffRole.ServiceDesk];

    public static bool MayRead(StaffIdentity viewer, long accountManagerId, long? serviceManagerId) =>
        viewer.StaffId == accountManagerId || viewer.StaffId == serviceManagerId || RolesThatCallCustomers.Contains(viewer.Role);

    /// <summary>The first three and last four characters of a phone number, the rest hidden: 13812345678 → 138****5678.</summary>
    public static string? Mask(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
            return phone;
        var number = phone.Trim();
        // Short numbers (an extension) keep too little to hide three digits behind; show at most the last two.
        return number.Length >= 8 ? $"{number[..3]}****{number[^4..]}" : number.Length > 4 ? $"****{number[^2..]}" : "****";
    }
}
