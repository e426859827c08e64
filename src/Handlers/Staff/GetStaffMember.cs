using BotApp.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Handlers.Staff;

/// <summary>A member of staff by id, for work done on their behalf outside their own turn (a notice drawn for them); null if unknown.</summary>
public sealed record GetStaffMember(long StaffId) : IQuery<StaffMember?>;

public sealed class GetStaffMemberHandler(BotDbContext db) : IQueryHandler<GetStaffMember, StaffMember?>
{
    public async ValueTask<StaffMember?> Handle(GetStaffMember query, CancellationToken cancellationToken) =>
        await db.Staff.AsNoTracking()
            .Where(s => s.Id == query.StaffId)
            .Select(s => new StaffMember(s.Id, s.Name, s.Role, s.OrgUnit == null ? null : s.OrgUnit.Path, s.Locale, s.TimeZone))
            .FirstOrDefaultAsync(cancellationToken);
}
