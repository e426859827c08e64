using System.Globalization;
using BotApp.Data.Entities;
using BotApp.Data.Rules;

namespace BotApp.Data.Import;

/// <summary>
/// 欠费 files: the amount a customer owes for a billing month, keyed by customer and month. 0 records a month paid
/// off (an import never deletes). The due date may not fall before the month it bills.
/// </summary>
internal sealed class ArrearsImport(CustomerCodes customers, DateOnly today) : RowImport<Arrears>
{
    public static readonly ImportColumn Customer = new("客户编码", "customer_code", true, "集团编码", "集团客户编码", "客户编号");
    public static readonly ImportColumn Month = new("账期", "month", true, "欠费账期", "账务月份", "bill_month");
    public static readonly ImportColumn Amount = new("欠费金额", "amount", true, "欠费", "arrears_amount");
    public static readonly ImportColumn DueOn = new("应缴日期", "due_date", true, "缴费期限", "最后缴费日", "due_on");

    public override IReadOnlyList<ImportColumn> Columns { get; } = [Customer, Month, Amount, DueOn];
    public override IReadOnlyList<ImportColumn> KeyColumns { get; } = [Customer, Month];
    public override IReadOnlyCollection<string> KeyProperties { get; } = [nameof(Arrears.CustomerId), nameof(Arrears.BillMonth)];

    public override Arrears? Parse(ImportRow row)
    {
        var customerId = customers.Resolve(row, Customer);
        var month = ImportMonths.NotInFuture(row, Month, today);
        var amount = row.Value<decimal>(Amount, FieldParsers.TryMoney);
        var due = row.Value<DateOnly>(DueOn, FieldParsers.TryDate);
        if (month is not null && due < BillingMonth.FirstDay(month.Value))
            row.Reject(DueOn, row.Raw(DueOn), ImportReason.DueBeforeBillMonth, month.Value.ToString(CultureInfo.InvariantCulture));
        if (row.Failed)
            return null;
        return new Arrears { CustomerId = customerId!.Value, BillMonth = month!.Value, Amount = amount!.Value, DueOn = due!.Value };
    }

    public override object KeyOf(Arrears entity) => (entity.CustomerId, entity.BillMonth);

    public override IReadOnlyCollection<string> UpdatedProperties(CsvHeader header) => [nameof(Arrears.Amount), nameof(Arrears.DueOn)];
}
