using BotApp.Data.Entities;
using BotApp.Data.Import;
using BotApp.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Import;

public sealed class CustomerImportTests : IDisposable
{
    private const string ChineseHeader = "客户编码,客户名称,行业,区域,客户经理,成员数,VIP,红名单";
    private readonly ImportWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Chinese_headers_insert_customers_with_their_references_resolved()
    {
        var result = await _world.ImportAsync(ImportKind.Customers, $"""
            {ChineseHeader}
            C330281901,余姚市第一人民医院,医疗卫生,NB-YY,王芳,1260,是,是
            C330200905,宁波甬港物流有限公司,交通运输,宁波分公司,陈静,96,否,否
            """);

        Assert.Equal(new UpsertCounts(2, 0, 0), result.Counts);
        await using var db = _world.CreateContext();
        var hospital = await db.GroupCustomers.Include(c => c.OrgUnit).Include(c => c.AccountManager).SingleAsync(c => c.Code == "C330281901");
        Assert.Equal(("余姚市第一人民医院", Industry.Healthcare, "NB-YY", "王芳", 1260, true, true),
            (hospital.Name, hospital.Industry, hospital.OrgUnit.Code, hospital.AccountManager.Name, hospital.MemberCount, hospital.IsVip, hospital.IsRedListed));
        Assert.Equal((1, 0m, 0), (hospital.Grade, hospital.GradeRevenue, hospital.GradedMonth));
    }

    [Fact]
    public async Task English_headers_in_any_case_and_order_work_the_same()
    {
        var result = await _world.ImportAsync(ImportKind.Customers, """
            Member Count,Customer_Code,NAME,industry,org-unit,account_manager
            96,C330200905,宁波甬港物流有限公司,Transport,NB,陈静
            """);

        Assert.Equal(new UpsertCounts(1, 0, 0), result.Counts);
        await using var db = _world.CreateContext();
        Assert.Equal(96, (await db.GroupCustomers.SingleAsync()).MemberCount);
    }

    [Fact]
    public async Task A_second_file_updates_changed_customers_and_counts_the_rest_unchanged()
    {
        await _world.ImportAsync(ImportKind.Customers, $"""
            {ChineseHeader}
            C330281901,余姚市第一人民医院,医疗卫生,NB-YY,王芳,1260,是,是
            C330200905,宁波甬港物流有限公司,交通运输,NB,陈静,96,否,否
            """);

        var result = await _world.ImportAsync(ImportKind.Customers, $"""
            {ChineseHeader}
            C330281901,余姚市第一人民医院,医疗卫生,NB-YY,王芳,1300,是,是
            C330200905,宁波甬港物流有限公司,交通运输,NB,陈静,96,否,否
            C330200906,宁波东海文化传媒有限公司,媒体,NB,陈静,45,否,否
            """);

        Assert.Equal(new UpsertCounts(1, 1, 1), result.Counts);
        await using var db = _world.CreateContext();
        Assert.Equal(1300, (await db.GroupCustomers.SingleAsync(c => c.Code == "C330281901")).MemberCount);
    }

    [Fact]
    public async Task Optional_columns_the_file_lacks_keep_their_stored_values()
    {
        var serviceManager = await _world.StaffIdAsync("赵敏", StaffRole.ServiceManager);
        await _world.ImportAsync(ImportKind.Customers, $"""
            {ChineseHeader},服务经理,英文名称
            C330281901,余姚市第一人民医院,医疗卫生,NB-YY,王芳,1260,是,是,赵敏,Yuyao No.1 People's Hospital
            """);

        var result = await _world.ImportAsync(ImportKind.Customers, """
            客户编码,客户名称,行业,区域,客户经理,成员数
            C330281901,余姚市第一人民医院,医疗卫生,NB-YY,王芳,1260
            """);

        Assert.Equal(new UpsertCounts(0, 0, 1), result.Counts);
        await using var db = _world.CreateContext();
        var customer = await db.GroupCustomers.SingleAsync();
        Assert.Equal((true, true, serviceManager, "Yuyao No.1 People's Hospital"), (customer.IsVip, customer.IsRedListed, customer.ServiceManagerId, customer.NameEn));
    }

    [Fact]
    public async Task Importing_customers_never_touches_the_grade()
    {
        await _world.ImportAsync(ImportKind.Customers, $"{ChineseHeader}\nC330281901,医院,医疗卫生,NB-YY,王芳,1260,是,是");
        await using (var db = _world.CreateContext())
            await db.GroupCustomers.ExecuteUpdateAsync(s => s.SetProperty(c => c.Grade, 5).SetProperty(c => c.GradedMonth, 202610));

        await _world.ImportAsync(ImportKind.Customers, $"{ChineseHeader}\nC330281901,余姚市第一人民医院,医疗卫生,NB-YY,王芳,1300,是,是");

        await using var check = _world.CreateContext();
        var customer = await check.GroupCustomers.SingleAsync();
        Assert.Equal(("余姚市第一人民医院", 5, 202610), (customer.Name, customer.Grade, customer.GradedMonth));
    }

    [Fact]
    public async Task Staff_can_be_named_by_id_when_their_name_is_shared()
    {
        var liNa = (await StaffNamedAsync("李娜")).First();

        var result = await _world.ImportAsync(ImportKind.Customers, $"{ChineseHeader}\nC330281901,医院,医疗卫生,NB-YY,{liNa},10,否,否");

        Assert.True(result.Applied);
        await using var db = _world.CreateContext();
        Assert.Equal(liNa, (await db.GroupCustomers.SingleAsync()).AccountManagerId);
    }

    [Fact]
    public async Task Empty_flag_cells_mean_no()
    {
        await _world.ImportAsync(ImportKind.Customers, $"{ChineseHeader}\nC330281901,医院,医疗卫生,NB-YY,王芳,10,,");

        await using var db = _world.CreateContext();
        var customer = await db.GroupCustomers.SingleAsync();
        Assert.Equal((false, false), (customer.IsVip, customer.IsRedListed));
    }

    private async Task<List<long>> StaffNamedAsync(string name)
    {
        await using var db = _world.CreateContext();
        return await db.Staff.Where(s => s.Name == name).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
    }
}
