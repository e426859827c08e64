using System.Globalization;
using BotApp.Data.Entities;

namespace BotApp.Data.Import;

/// <summary>协议 files: one row per agreement, keyed by agreement number; the customer must exist.</summary>
internal sealed class AgreementImport(CustomerCodes customers) : RowImport<Agreement>
{
    public const int NumberMaxLength = 64;

    public static readonly ImportColumn Number = new("协议编号", "agreement_number", true, "合同编号", "协议号", "number", "agreement_no");
    public static readonly ImportColumn Customer = new("客户编码", "customer_code", true, "集团编码", "集团客户编码", "客户编号");
    public static readonly ImportColumn StartOn = new("开始日期", "start_date", true, "生效日期", "start_on");
    public static readonly ImportColumn EndOn = new("结束日期", "end_date", true, "到期日期", "失效日期", "end_on");
    public static readonly ImportColumn Value = new("金额", "value", true, "合同金额", "协议金额", "amount");
    public static readonly ImportColumn Status = new("状态", "status", false, "协议状态");

    public override IReadOnlyList<ImportColumn> Columns { get; } = [Number, Customer, StartOn, EndOn, Value, Status];
    public override IReadOnlyList<ImportColumn> KeyColumns { get; } = [Number];
    public override IReadOnlyCollection<string> KeyProperties { get; } = [nameof(Agreement.Number)];

    public override Agreement? Parse(ImportRow row)
    {
        var number = row.Required(Number, NumberMaxLength);
        var customerId = customers.Resolve(row, Customer);
        var start = row.Value<DateOnly>(StartOn, FieldParsers.TryDate);
        var end = row.Value<DateOnly>(EndOn, FieldParsers.TryDate);
        if (start is not null && end < start)
            row.Reject(EndOn, row.Raw(EndOn), ImportReason.EndBeforeStart, start.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var value = row.Value<decimal>(Value, FieldParsers.TryMoney);
        var status = row.Value<AgreementStatus>(Status, ImportVocabulary.TryStatus, required: false);
        if (row.Failed)
            return null;
        return new Agreement
        {
            Number = number!,
            CustomerId = customerId!.Value,
            StartOn = start!.Value,
            EndOn = end!.Value,
            Value = value!.Value,
            Status = status ?? AgreementStatus.Active,
        };
    }

    public override object KeyOf(Agreement entity) => entity.Number;

    public override IReadOnlyCollection<string> UpdatedProperties(CsvHeader header) =>
    [
        nameof(Agreement.CustomerId), nameof(Agreement.StartOn), nameof(Agreement.EndOn), nameof(Agreement.Value),
        .. header.Has(Status) ? [nameof(Agreement.Status)] : Array.Empty<string>(),
    ];
}
