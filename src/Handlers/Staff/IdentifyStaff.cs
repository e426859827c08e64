using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Data.Visibility;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Handlers.Staff;

/// <summary>
/// Who is chatting: the staff member behind a channel identity — the Entra object id in Teams, the
/// Direct Line user id in the local Web Chat. Null for someone who is not on the staff list.
/// </summary>
public sealed record IdentifyStaff(string? AadObjectId, string? WebChatId) : IQuery<StaffMember?>;

public sealed record StaffMember(long Id, string Name, StaffRole Role, string? OrgUnitPath, string Locale, string TimeZone)
{
    /// <summary>Who this is for Data/Visibility: every customer or plan query takes it.</summary>
    public StaffIdentity Identity => new(Id, Role, OrgUnitPath);
}

public sealed class IdentifyStaffHandler(BotDbContext db) : IQueryHandler<IdentifyStaff, StaffMember?>
{
    public async ValueTask<StaffMember?> Handle(IdentifyStaff query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(query.AadObjectId) && string.IsNullOrEmpty(query.WebChatId))
            return null;
        return await db.Staff.AsNoTracking()
            .Where(s => (query.AadObjectId != null && s.AadObjectId == query.AadObjectId)
                     || (query.WebChatId != null && s.WebChatId == query.WebChatId))
            .Select(s => new StaffMember(s.Id, s.Name, s.Role, s.OrgUnit == null ? null : s.OrgUnit.Path, s.Locale, s.TimeZone))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
