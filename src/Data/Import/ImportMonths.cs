using System.Globalization;
using BotApp.Data.Rules;

namespace BotApp.Data.Import;

/// <summary>Billing months of bills and arrears: a month after today's (Asia/Shanghai) cannot have been billed yet.</summary>
internal static class ImportMonths
{
    public static int? NotInFuture(ImportRow row, ImportColumn column, DateOnly today)
    {
        var month = row.Value<int>(column, FieldParsers.TryMonth);
        var current = BillingMonth.Of(today);
        if (month <= current)
            return month;
        if (month is not null)
            row.Reject(column, row.Raw(column), ImportReason.MonthInFuture, current.ToString(CultureInfo.InvariantCulture));
        return null;
    }
}
