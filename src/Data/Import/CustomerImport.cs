using BotApp.Data.Entities;
using BotApp.Data.Rules;
using BotApp.Data.Search;

namespace BotApp.Data.Import;

/// <summary>
/// 客户 files: one row per group customer, keyed by customer code. Org unit and staff must exist. The star grade is
/// never imported (ADR-006): a new customer starts ungraded and a bills import grades it.
/// </summary>
internal sealed class CustomerImport(ImportReferences references) : RowImport<GroupCustomer>
{
    public static readonly ImportColumn Code = new("客户编码", "customer_code", true, "集团编码", "集团客户编码", "客户编号", "code");
    public static readonly ImportColumn Name = new("客户名称", "name", true, "集团名称", "集团客户名称", "customer_name");
    public static readonly ImportColumn NameEn = new("英文名称", "name_en", false, "english_name");
    public static readonly ImportColumn Industry = new("行业", "industry", true, "行业类型");
    public static readonly ImportColumn OrgUnit = new("区域", "org_unit", true, "归属单位", "所属单位", "region");
    public static readonly ImportColumn AccountManager = new("客户经理", "account_manager", true);
    public static readonly ImportColumn ServiceManager = new("服务经理", "service_manager", false);
    public static readonly ImportColumn MemberCount = new("成员数", "member_count", true, "集团成员数", "members");
    public static readonly ImportColumn Vip = new("VIP", "vip", false, "是否VIP");
    public static readonly ImportColumn RedList = new("红名单", "red_list", false, "是否红名单");

    public override IReadOnlyList<ImportColumn> Columns { get; } =
        [Code, Name, NameEn, Industry, OrgUnit, AccountManager, ServiceManager, MemberCount, Vip, RedList];

    public override IReadOnlyList<ImportColumn> KeyColumns { get; } = [Code];
    public override IReadOnlyCollection<string> KeyProperties { get; } = [nameof(GroupCustomer.Code)];

    public override GroupCustomer? Parse(ImportRow row)
    {
        var code = row.Required(Code);
        if (code is not null && !CustomerCode.IsValid(code))
            row.Reject(Code, code, ImportReason.InvalidCustomerCode);
        var name = row.Required(Name);
        var nameEn = row.Optional(NameEn);
        var industry = row.Value<Industry>(Industry, ImportVocabulary.TryIndustry);
        var unit = references.Region(row, OrgUnit);
        var accountManager = references.Staff(row, AccountManager, StaffRole.AccountManager, required: true);
        var serviceManager = references.Staff(row, ServiceManager, StaffRole.ServiceManager, required: false);
        var members = row.Value<int>(MemberCount, FieldParsers.TryCount);
        var vip = row.Value<bool>(Vip, FieldParsers.TryFlag, required: false);
        var redListed = row.Value<bool>(RedList, FieldParsers.TryFlag, required: false);
        if (row.Failed)
            return null;
        return new GroupCustomer
        {
            Code = code!,
            Name = name!,
            NameEn = nameEn,
            Industry = industry!.Value,
            OrgUnitId = unit!.Value,
            AccountManagerId = accountManager!.Value,
            ServiceManagerId = serviceManager,
            MemberCount = members!.Value,
            IsVip = vip ?? false,
            IsRedListed = redListed ?? false,
        };
    }

    public override object KeyOf(GroupCustomer entity) => entity.Code;

    public override IReadOnlyCollection<string> UpdatedProperties(CsvHeader header) =>
    [
        nameof(GroupCustomer.Name), nameof(GroupCustomer.Industry), nameof(GroupCustomer.OrgUnitId),
        nameof(GroupCustomer.AccountManagerId), nameof(GroupCustomer.MemberCount),
        .. header.Has(NameEn) ? [nameof(GroupCustomer.NameEn)] : Array.Empty<string>(),
        .. header.Has(ServiceManager) ? [nameof(GroupCustomer.ServiceManagerId)] : Array.Empty<string>(),
        .. header.Has(Vip) ? [nameof(GroupCustomer.IsVip)] : Array.Empty<string>(),
        .. header.Has(RedList) ? [nameof(GroupCustomer.IsRedListed)] : Array.Empty<string>(),
    ];

    public override Task AfterWriteAsync(BotDbContext db, IReadOnlyList<GroupCustomer> changed, CancellationToken cancellationToken) =>
        // Upserts are raw SQL, which leaves the search text stale: rebuild inside the import's transaction, so index
        // and rows commit together. A whole rebuild (about 40 s at a million customers); a per-customer refresh is a follow-up.
        changed.Count == 0 ? Task.CompletedTask : CustomerSearchIndex.RebuildAsync(db, cancellationToken);
}
