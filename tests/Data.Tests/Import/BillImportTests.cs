using System.Text;
using BotApp.Data.Import;
using BotApp.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Import;

public sealed class BillImportTests : IAsyncLifetime
{
    private readonly ImportWorld _world = new();

    public async Task InitializeAsync() =>
        Assert.True((await _world.ImportAsync(ImportKind.Customers, """
            客户编码,客户名称,行业,区域,客户经理,成员数
            C330281901,余姚市第一人民医院,医疗卫生,NB-YY,王芳,1260
            C330281902,明湖光电,制造业,NB-YY,王芳,3580
            """)).Applied);

    public Task DisposeAsync()
    {
        _world.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Changed_bills_regrade_their_customers_and_only_theirs()
    {
        await _world.ImportAsync(ImportKind.Bills, "客户编码,账期,产品编码,收入\nC330281902,202610,MVPN,40000");

        await _world.ImportAsync(ImportKind.Bills, "客户编码,账期,产品编码,收入\nC330281901,202608,MVPN,50000\nC330281901,202609,MVPN,50000\nC330281901,202610,MVPN,50000");

        await using var db = _world.CreateContext();
        var grades = await db.GroupCustomers.OrderBy(c => c.Code).Select(c => new { c.Grade, c.GradeRevenue, c.GradedMonth }).ToListAsync();
        Assert.Equal((5, 50_000m, 202610), (grades[0].Grade, grades[0].GradeRevenue, grades[0].GradedMonth));
        Assert.Equal((4, 40_000m, 202610), (grades[1].Grade, grades[1].GradeRevenue, grades[1].GradedMonth));
    }

    [Fact]
    public async Task A_corrected_revenue_updates_the_bill_and_the_grade()
    {
        await _world.ImportAsync(ImportKind.Bills, "客户编码,账期,产品编码,收入\nC330281901,202610,MVPN,60000\nC330281901,202610,DLINE,8000");

        var result = await _world.ImportAsync(ImportKind.Bills, "客户编码,账期,产品编码,收入\nC330281901,2026-10,MVPN,9000\nC330281901,202610,DLINE,8000.00");

        Assert.Equal(new UpsertCounts(0, 1, 1), result.Counts);
        await using var db = _world.CreateContext();
        Assert.Equal(9_000m, await db.MonthlyBills.Where(b => b.Product.Code == "MVPN").Select(b => b.Revenue).SingleAsync());
        Assert.Equal(2, (await db.GroupCustomers.SingleAsync(c => c.Code == "C330281901")).Grade);
    }

    [Fact]
    public async Task A_GBK_bills_file_with_Chinese_headers_is_detected_and_imported()
    {
        var bytes = CsvEncoding.Gb18030.GetBytes("客户编码,账期,产品编码,收入\r\nC330281901,202610,MVPN,100\r\n");

        var result = await _world.ImportAsync(ImportKind.Bills, new MemoryStream(bytes));

        Assert.Equal(("GB18030", new UpsertCounts(1, 0, 0)), (result.Encoding, result.Counts));
    }

    [Fact]
    public async Task A_UTF8_file_with_a_BOM_and_English_headers_is_imported()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("customer_code,month,product_code,revenue\nC330281901,2026-09,IDC,20000\n")).ToArray();

        var result = await _world.ImportAsync(ImportKind.Bills, new MemoryStream(bytes));

        Assert.Equal(("UTF-8", new UpsertCounts(1, 0, 0)), (result.Encoding, result.Counts));
    }

    [Fact]
    public async Task Agreements_and_arrears_are_updated_in_place_by_their_natural_keys()
    {
        await _world.ImportAsync(ImportKind.Agreements, "协议编号,客户编码,开始日期,结束日期,金额\nXY-1,C330281901,2026-01-01,2026-12-31,1000");
        await _world.ImportAsync(ImportKind.Arrears, "客户编码,账期,欠费金额,应缴日期\nC330281901,202610,100,2026-11-20");

        var agreements = await _world.ImportAsync(ImportKind.Agreements, "协议编号,客户编码,开始日期,结束日期,金额,状态\nXY-1,C330281902,2026/1/1,2027/12/31,1000,已续签");
        var arrears = await _world.ImportAsync(ImportKind.Arrears, "客户编码,账期,欠费金额,应缴日期\nC330281901,2026-10,0,2026-11-20");

        Assert.Equal((new UpsertCounts(0, 1, 0), new UpsertCounts(0, 1, 0)), (agreements.Counts, arrears.Counts));
        await using var db = _world.CreateContext();
        var agreement = await db.Agreements.Include(a => a.Customer).SingleAsync();
        Assert.Equal(("C330281902", new DateOnly(2027, 12, 31), Entities.AgreementStatus.Renewed), (agreement.Customer.Code, agreement.EndOn, agreement.Status));
        Assert.Equal(0m, (await db.Arrears.SingleAsync()).Amount);
    }
}
