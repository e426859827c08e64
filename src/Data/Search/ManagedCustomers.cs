using BotApp.Data.Entities;
using BotApp.Data.Visibility;

namespace BotApp.Data.Search;

/// <summary>
/// "我的客户" (ADR-012): the customers a member of staff manages themselves. An account manager manages as account
/// manager, a service manager as service manager; anyone else (a unit lead who keeps a few key accounts, a department
/// member named on a customer) where they are either. It narrows what <see cref="CustomerVisibility"/> allows, never
/// widens it: the caller applies it to the viewer's visible customers.
/// </summary>
public static class ManagedCustomers
{
    public static IQueryable<GroupCustomer> Of(IQueryable<GroupCustomer> visible, StaffIdentity viewer)
    {
        var staffId = viewer.StaffId;
        return viewer.Role switch
        {
            StaffRole.AccountManager => visible.Where(c => c.AccountManagerId == staffId),
            StaffRole.ServiceManager => visible.Where(c => c.ServiceManagerId == staffId),
            _ => visible.Where(c => c.AccountManagerId == staffId || c.ServiceManagerId == staffId),
        };
    }
}
