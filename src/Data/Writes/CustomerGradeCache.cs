using System.Globalization;
using System.Text.Json;
using BotApp.Data.Rules;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Writes;

/// <summary>
/// Recomputes the cached grade columns of GroupCustomers from MonthlyBills in SQL, by the same rules as
/// Rules/GradeRevenue and Rules/CustomerGrade (a test holds the two equal). Run it after anything writes bills
/// (import, demo data) and when a billing month closes; one customer's grade in a handler can use
/// GroupCustomer.ApplyGrade instead. ADR-006.
/// </summary>
public static class CustomerGradeCache
{
    private const string RevenueSql = """
        UPDATE "GroupCustomers" AS c SET
          "GradeRevenue" = COALESCE((
            SELECT CAST(ROUND(SUM(b."Revenue") * 1.0 /
                   CASE WHEN EXISTS (SELECT 1 FROM "MonthlyBills" AS e JOIN "Products" AS q ON q."Id" = e."ProductId"
                                     WHERE e."CustomerId" = c."Id" AND e."Month" < @m1 AND q."Category" = 'Mobile')
                        THEN 3
                        ELSE (MIN(b."Month") <= @m1) + (MIN(b."Month") <= @m2) + 1 END) AS INTEGER)
            FROM "MonthlyBills" AS b JOIN "Products" AS p ON p."Id" = b."ProductId"
            WHERE b."CustomerId" = c."Id" AND b."Month" BETWEEN @m1 AND @m3 AND p."Category" = 'Mobile'), 0),
          "GradedMonth" = @m3
        """;

    /// <summary>A plain WHERE Id = @id (not "@id IS NULL OR …") so one customer's refresh is a primary-key lookup.</summary>
    private const string OneCustomer = " WHERE \"Id\" = @id";

    /// <summary>A set of ids as one JSON array parameter: one statement for any number of customers, each a key lookup.</summary>
    private const string SomeCustomers = " WHERE \"Id\" IN (SELECT value FROM json_each(@ids))";

    /// <summary>CASE over CustomerGrade.Bands, in fen: the bands live in one place.</summary>
    private static readonly string GradeSql =
        $"UPDATE \"GroupCustomers\" SET \"Grade\" = CASE {string.Concat(CustomerGrade.Bands.Select(band => string.Create(CultureInfo.InvariantCulture,
            $"WHEN \"GradeRevenue\" >= {HundredthsConverter.ToHundredths(band.From)} THEN {band.Stars} ")))}ELSE {CustomerGrade.Lowest} END";

    /// <param name="lastClosedMonth">yyyyMM; usually BillingMonth.LastClosed(ShanghaiDate.Today(time)).</param>
    /// <param name="customerId">One customer, or null for all.</param>
    public static Task RefreshAsync(BotDbContext db, int lastClosedMonth, long? customerId, CancellationToken cancellationToken) =>
        customerId is null
            ? RefreshAsync(db, lastClosedMonth, (RevenueSql, GradeSql), new SqliteParameter("@id", DBNull.Value), cancellationToken)
            : RefreshAsync(db, lastClosedMonth, (RevenueSql + OneCustomer, GradeSql + OneCustomer), new SqliteParameter("@id", customerId), cancellationToken);

    /// <summary>The customers whose bills an import changed; nothing to do for none.</summary>
    public static Task RefreshCustomersAsync(BotDbContext db, int lastClosedMonth, IReadOnlyCollection<long> customerIds, CancellationToken cancellationToken) =>
        customerIds.Count == 0
            ? Task.CompletedTask
            : RefreshAsync(db, lastClosedMonth, (RevenueSql + SomeCustomers, GradeSql + SomeCustomers),
                new SqliteParameter("@ids", JsonSerializer.Serialize(customerIds)), cancellationToken);

    private static async Task RefreshAsync(BotDbContext db, int lastClosedMonth, (string Revenue, string Grade) sql, SqliteParameter which,
        CancellationToken cancellationToken)
    {
        // The SQL above spells out a three-month window; fail loudly if the rule is ever changed without it.
        if (GradeRevenue.WindowMonths != 3)
            throw new InvalidOperationException("CustomerGradeCache assumes a three-month window.");

        // Both statements or neither; inside the caller's transaction (an import) they join it.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.Database.ExecuteSqlRawAsync(sql.Revenue,
            [
                new SqliteParameter("@m1", BillingMonth.Add(lastClosedMonth, -2)),
                new SqliteParameter("@m2", BillingMonth.Add(lastClosedMonth, -1)),
                new SqliteParameter("@m3", lastClosedMonth),
                which,
            ],
            cancellationToken);
        await db.Database.ExecuteSqlRawAsync(sql.Grade, [new SqliteParameter(which.ParameterName, which.Value)], cancellationToken);
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
    }
}
