using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Search;

/// <summary>
/// Keeps the index rows whose customers are in the viewer's filtered customers (CustomerVisibility plus the query's
/// filters), in one query per batch. Not needed when the viewer sees every customer and no filter the documents
/// cannot check applies: then the index alone answers.
/// </summary>
internal sealed class Restriction(IQueryable<GroupCustomer> customers)
{
    public async Task<List<IndexRow>> ApplyAsync(List<IndexRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
            return rows;
        var ids = rows.Select(row => row.Key & SearchKey.IdMask).ToList();
        var allowed = (await customers.Where(c => EF.Parameter(ids).Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        return rows.Where(row => allowed.Contains(row.Key & SearchKey.IdMask)).ToList();
    }
}
