using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Visibility;

/// <summary>
/// Who is asking, as visibility needs it: their staff id, role and the path of their org unit. Build it from the
/// Staff row (<see cref="FindAsync"/>, or the IdentifyStaff read model), never from what a message claims.
/// </summary>
public sealed record StaffIdentity(long StaffId, StaffRole Role, string? OrgUnitPath)
{
    public static Task<StaffIdentity?> FindAsync(BotDbContext db, long staffId, CancellationToken cancellationToken) =>
        db.Staff.AsNoTracking()
            .Where(s => s.Id == staffId)
            .Select(s => new StaffIdentity(s.Id, s.Role, s.OrgUnit == null ? null : s.OrgUnit.Path))
            .FirstOrDefaultAsync(cancellationToken);
}
