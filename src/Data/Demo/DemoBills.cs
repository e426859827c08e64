using System.Data.Common;
using System.Globalization;

namespace BotApp.Data.Demo;

/// <summary>
/// Writes a chunk's monthly bills and arrears inside SQLite: the bill plans (one row per subscription) go into a temp
/// table and one INSERT … SELECT expands them over the window's months. At a million customers that is ~30 million
/// bills; expanding them in SQL writes each at native speed instead of binding four parameters per row from .NET
/// (ADR-014). The arithmetic is integer fen, so it is exact and the same on every machine. Arrears are then a share
/// of the bills just written, so they never exceed what was billed.
/// </summary>
internal sealed class DemoBills : IAsyncDisposable
{
    private static readonly string Expand = $$"""
        INSERT INTO "MonthlyBills" ("CustomerId", "Month", "ProductId", "Revenue")
        SELECT p."CustomerId", m."Month", p."ProductId",
               p."BaseFen" * m."SeasonPermille" / 1000
                 * (1000 + p."TrendPermille" * (m."Idx" - {{DemoCalendar.Months - 1}})) / 1000
                 * (CASE WHEN m."Idx" >= p."DropFromIndex" THEN p."DropPermille" ELSE 1000 END) / 1000
                 * (952 + (p."NoiseSeed" + m."Idx" * 7919) % 97) / 1000
        FROM temp."DemoBillPlans" AS p JOIN temp."DemoMonths" AS m ON m."Idx" BETWEEN p."FirstIndex" AND p."LastIndex"
        """;

    private const string ArrearsFromBills = """
        INSERT INTO "Arrears" ("CustomerId", "BillMonth", "Amount", "DueOn")
        SELECT a."CustomerId", a."BillMonth", SUM(b."Revenue") * a."Percent" / 100, a."DueOn"
        FROM temp."DemoArrearsPlans" AS a JOIN "MonthlyBills" AS b ON b."CustomerId" = a."CustomerId" AND b."Month" = a."BillMonth"
        GROUP BY a.rowid HAVING SUM(b."Revenue") > 0 ORDER BY a.rowid
        """;

    /// <summary>Spring Festival (February) and summer holidays bill a little less, December a little more.</summary>
    private static readonly int[] SeasonPermille = [1000, 950, 1000, 1000, 1000, 1000, 985, 985, 1000, 1000, 1000, 1020];

    private readonly DbConnection _connection;
    private readonly TempInsert _plans;
    private readonly TempInsert _arrears;

    private DemoBills(DbConnection connection)
    {
        _connection = connection;
        _plans = new TempInsert(connection, "DemoBillPlans", 9);
        _arrears = new TempInsert(connection, "DemoArrearsPlans", 4);
    }

    public static async Task<DemoBills> CreateAsync(DbConnection connection, DemoCalendar calendar, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, null, """
            CREATE TEMP TABLE "DemoBillPlans" ("CustomerId" INTEGER, "ProductId" INTEGER, "BaseFen" INTEGER, "FirstIndex" INTEGER, "LastIndex" INTEGER,
                                               "TrendPermille" INTEGER, "DropFromIndex" INTEGER, "DropPermille" INTEGER, "NoiseSeed" INTEGER);
            CREATE TEMP TABLE "DemoArrearsPlans" ("CustomerId" INTEGER, "BillMonth" INTEGER, "Percent" INTEGER, "DueOn" TEXT);
            CREATE TEMP TABLE "DemoMonths" ("Idx" INTEGER PRIMARY KEY, "Month" INTEGER, "SeasonPermille" INTEGER);
            """, cancellationToken);
        for (var i = 0; i < DemoCalendar.Months; i++)
        {
            var month = calendar.MonthAt(i);
            await ExecuteAsync(connection, null, string.Create(CultureInfo.InvariantCulture,
                $"INSERT INTO temp.\"DemoMonths\" VALUES ({i}, {month}, {SeasonPermille[(month % 100) - 1]})"), cancellationToken);
        }
        return new DemoBills(connection);
    }

    /// <returns>Bills and arrears rows written.</returns>
    public async Task<(long Bills, int Arrears)> WriteAsync(DbTransaction transaction, DemoChunk chunk, CancellationToken cancellationToken)
    {
        foreach (var p in chunk.BillPlans)
            _plans.Run(transaction, p.CustomerId, p.ProductId, p.BaseFen, p.FirstIndex, p.LastIndex, p.TrendPermille, p.DropFromIndex, p.DropPermille, p.NoiseSeed);
        foreach (var a in chunk.ArrearsPlans)
            _arrears.Run(transaction, a.CustomerId, a.BillMonth, a.Percent, a.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var bills = await ExecuteAsync(_connection, transaction, Expand, cancellationToken);
        var arrears = await ExecuteAsync(_connection, transaction, ArrearsFromBills, cancellationToken);
        await ExecuteAsync(_connection, transaction, """DELETE FROM temp."DemoBillPlans"; DELETE FROM temp."DemoArrearsPlans";""", cancellationToken);
        return (bills, arrears);
    }

    public async ValueTask DisposeAsync()
    {
        _plans.Dispose();
        _arrears.Dispose();
        await ExecuteAsync(_connection, null, """DROP TABLE temp."DemoBillPlans"; DROP TABLE temp."DemoArrearsPlans"; DROP TABLE temp."DemoMonths";""", CancellationToken.None);
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
