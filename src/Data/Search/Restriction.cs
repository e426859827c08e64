using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Search;

/// <summary>
/// Keeps the index rows whose customers are in the viewer's filtered customers (CustomerVisibility plus the query's
/// filters), in one query per batch. Not needed when the viewer sees every customer and no filter the documents
/// cannot check applies: then the index alone answers. The batch's ids are read by key and each checked against the
/// filtered customers, as in <see cref="CustomerSummaries"/>: with the ids as a plain IN list, SQLite read a whole
/// industry or grade from its index instead.
/// </summary>
internal sealed class Restriction(BotDbContext db, IQueryable<GroupCustomer> customers)
{
    public async Task<List<IndexRow>> ApplyAsync(List<IndexRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
            return rows;
        var ids = rows.Select(row => row.Key & SearchKey.IdMask).ToList();
        var allowed = (await db.GroupCustomers
            .Where(c => EF.Parameter(ids).Contains(c.Id) && customers.Any(visible => visible.Id == c.Id))
            .Select(c => c.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
        return rows.Where(row => allowed.Contains(row.Key & SearchKey.IdMask)).ToList();
    }
}
