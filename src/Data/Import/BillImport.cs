using BotApp.Data.Entities;
using BotApp.Data.Rules;
using BotApp.Data.Writes;

namespace BotApp.Data.Import;

/// <summary>
/// 账单 files: revenue per customer, billing month and product, keyed by all three. Customer and product must
/// exist; the month may not lie after the current month. Changed bills regrade their customers (ADR-006).
/// </summary>
internal sealed class BillImport(CustomerCodes customers, ImportReferences references, DateOnly today) : RowImport<MonthlyBill>
{
    public static readonly ImportColumn Customer = new("客户编码", "customer_code", true, "集团编码", "集团客户编码", "客户编号");
    public static readonly ImportColumn Month = new("账期", "month", true, "账务月份", "计费月份", "bill_month");
    public static readonly ImportColumn Product = new("产品编码", "product_code", true, "产品代码", "product");
    public static readonly ImportColumn Revenue = new("收入", "revenue", true, "收入金额", "出账收入", "amount");

    public override IReadOnlyList<ImportColumn> Columns { get; } = [Customer, Month, Product, Revenue];
    public override IReadOnlyList<ImportColumn> KeyColumns { get; } = [Customer, Month, Product];

    public override IReadOnlyCollection<string> KeyProperties { get; } =
        [nameof(MonthlyBill.CustomerId), nameof(MonthlyBill.Month), nameof(MonthlyBill.ProductId)];

    public override MonthlyBill? Parse(ImportRow row)
    {
        var customerId = customers.Resolve(row, Customer);
        var month = ImportMonths.NotInFuture(row, Month, today);
        var productId = references.Product(row, Product);
        var revenue = row.Value<decimal>(Revenue, FieldParsers.TryMoney);
        if (row.Failed)
            return null;
        return new MonthlyBill { CustomerId = customerId!.Value, Month = month!.Value, ProductId = productId!.Value, Revenue = revenue!.Value };
    }

    public override object KeyOf(MonthlyBill entity) => (entity.CustomerId, entity.Month, entity.ProductId);

    public override IReadOnlyCollection<string> UpdatedProperties(CsvHeader header) => [nameof(MonthlyBill.Revenue)];

    /// <summary>Every changed bill can move its customer's grade: inside the window directly, before it by the new-customer rule.</summary>
    public override Task AfterWriteAsync(BotDbContext db, IReadOnlyList<MonthlyBill> changed, CancellationToken cancellationToken) =>
        CustomerGradeCache.RefreshCustomersAsync(db, BillingMonth.LastClosed(today), [.. changed.Select(b => b.CustomerId).Distinct()], cancellationToken);
}
