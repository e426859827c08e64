using BotApp.Data.Rules;

namespace BotApp.Data.Entities;

/// <summary>
/// 集团客户. The star grade is derived from bills (docs/decisions/ADR-006): it is cached here for search and
/// lists, written only by <see cref="ApplyGrade"/> or the SQL refresh in Writes/CustomerGradeCache, never typed in.
/// </summary>
public sealed class GroupCustomer
{
    public long Id { get; set; }

    /// <summary>The BSS customer code, e.g. C330200001 (see Rules/CustomerCode).</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }

    /// <summary>
    /// Both names normalised for search (Search/SearchText, ADR-011), stored so SQL can match fragments and the search
    /// index triggers can copy it. Derived from the names, so EF writes and BulkInsert always store the right value;
    /// raw SQL that changes a name must set it too (or call CustomerSearchIndex.RebuildAsync, which repairs it).
    /// </summary>
    public string SearchText
    {
        get => Search.SearchText.Of(Name, NameEn);
        // EF maps a column only through a setter; the value it would set is the one derived from the names anyway.
        private set { }
    }
    public Industry Industry { get; set; }

    /// <summary>The branch or county sub-branch the customer belongs to (its region).</summary>
    public long OrgUnitId { get; set; }
    public OrgUnit OrgUnit { get; set; } = null!;

    public long AccountManagerId { get; set; }
    public Staff AccountManager { get; set; } = null!;
    public long? ServiceManagerId { get; set; }
    public Staff? ServiceManager { get; set; }

    /// <summary>Group members (成员数): the people on the group's mobile accounts.</summary>
    public int MemberCount { get; set; }
    public bool IsVip { get; set; }

    /// <summary>红名单: collect arrears, never suspend service.</summary>
    public bool IsRedListed { get; set; }

    /// <summary>1–5 stars, from <see cref="GradeRevenue"/> by Rules/CustomerGrade.</summary>
    public int Grade { get; private set; } = CustomerGrade.Lowest;

    /// <summary>The monthly mobile revenue the grade was computed from (ADR-006).</summary>
    public decimal GradeRevenue { get; private set; }

    /// <summary>The last closed billing month (yyyyMM) the grade reflects; 0 = never graded.</summary>
    public int GradedMonth { get; private set; }

    public List<KeyContact> Contacts { get; } = [];
    public List<Subscription> Subscriptions { get; } = [];
    public List<Agreement> Agreements { get; } = [];
    public List<MonthlyBill> Bills { get; } = [];
    public List<Arrears> Arrears { get; } = [];

    public void ApplyGrade(decimal monthlyMobileRevenue, int lastClosedMonth)
    {
        GradeRevenue = decimal.Round(monthlyMobileRevenue, 2, MidpointRounding.AwayFromZero);
        Grade = CustomerGrade.Of(GradeRevenue);
        GradedMonth = lastClosedMonth;
    }
}
