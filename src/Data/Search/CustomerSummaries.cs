using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Search;

/// <summary>
/// Loads the summaries of one page, in the page's order, from the viewer's customers. The page's ids are read by key and
/// each is checked against the viewer's filtered customers (<c>EXISTS … WHERE Id = c.Id</c>): written as
/// <c>customers.Where(ids.Contains(Id))</c>, SQLite preferred the index of an industry or grade filter to the ten keys
/// and read every customer of that industry or grade (70,000 for education, 20–35 ms at a million customers).
/// </summary>
internal static class CustomerSummaries
{
    public static async Task<IReadOnlyList<CustomerSummary>> LoadAsync(BotDbContext db, IQueryable<GroupCustomer> customers, List<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
            return [];
        var summaries = await db.GroupCustomers
            .Where(c => ids.Contains(c.Id) && customers.Any(visible => visible.Id == c.Id))
            .Select(c => new CustomerSummary(
                c.Id,
                c.Code,
                c.Name,
                c.NameEn,
                c.Grade,
                c.Industry,
                c.GradeRevenue,
                c.Arrears.Any(a => a.Amount > 0),
                c.Agreements.Where(a => a.Status == AgreementStatus.Active).OrderBy(a => a.EndOn).Select(a => (DateOnly?)a.EndOn).FirstOrDefault()))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        // A customer deleted since its hit was read is simply left out.
        return ids.Where(summaries.ContainsKey).Select(id => summaries[id]).ToList();
    }
}
