using BotApp.Data.Import;

namespace BotApp.Data.Tests.Import;

/// <summary>Each rule on its own: one bad cell in an otherwise good row rejects the file, names the cell, and writes nothing.</summary>
public sealed class ValidationTests : IDisposable
{
    private const string CustomerHeader = "客户编码,客户名称,行业,区域,客户经理,服务经理,成员数,VIP,红名单";
    private const string CustomerRow = "C330281901,余姚市第一人民医院,医疗卫生,NB-YY,王芳,赵敏,10,是,否";
    private const string AgreementHeader = "协议编号,客户编码,开始日期,结束日期,金额,状态";
    private const string AgreementRow = "XY-1,C330281901,2026-01-01,2026-12-31,1000,生效";
    private const string BillHeader = "客户编码,账期,产品编码,收入";
    private const string BillRow = "C330281901,202610,MVPN,100";
    private const string ArrearsHeader = "客户编码,账期,欠费金额,应缴日期";
    private const string ArrearsRow = "C330281901,202610,100,2026-11-20";
    private readonly ImportWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Theory]
    [InlineData(0, "X1", ImportReason.InvalidCustomerCode)]
    [InlineData(0, "", ImportReason.Required)]
    [InlineData(1, "", ImportReason.Required)]
    [InlineData(2, "航天", ImportReason.UnknownIndustry)]
    [InlineData(3, "HZ", ImportReason.UnknownOrgUnit)]
    [InlineData(3, "NB-JK", ImportReason.NotARegion)]
    [InlineData(3, "集团客户部", ImportReason.NotARegion)]
    [InlineData(4, "张三", ImportReason.UnknownStaff)]
    [InlineData(4, "99999", ImportReason.UnknownStaff)]
    [InlineData(4, "李娜", ImportReason.AmbiguousStaff)]
    [InlineData(4, "刘洋", ImportReason.NotAnAccountManager)]
    [InlineData(5, "王芳", ImportReason.NotAServiceManager)]
    [InlineData(6, "-3", ImportReason.Negative)]
    [InlineData(6, "十", ImportReason.NotANumber)]
    [InlineData(6, "", ImportReason.Required)]
    [InlineData(7, "maybe", ImportReason.NotAFlag)]
    public Task Customer_rules(int field, string value, ImportReason reason) =>
        AssertRejectedAsync(ImportKind.Customers, CustomerHeader, CustomerRow, field, value, reason);

    [Fact]
    public Task A_customer_name_longer_than_any_real_name_is_refused() =>
        AssertRejectedAsync(ImportKind.Customers, CustomerHeader, CustomerRow, 1, new string('名', 201), ImportReason.TooLong);

    [Theory]
    [InlineData(0, "", ImportReason.Required)]
    [InlineData(1, "C999999999", ImportReason.UnknownCustomer)]
    [InlineData(1, "c330281901", ImportReason.InvalidCustomerCode)]
    [InlineData(2, "2026.1.1", ImportReason.NotADate)]
    [InlineData(3, "2025-12-31", ImportReason.EndBeforeStart)]
    [InlineData(4, "-1", ImportReason.Negative)]
    [InlineData(4, "1.001", ImportReason.TooManyDecimals)]
    [InlineData(5, "暂停", ImportReason.UnknownStatus)]
    public Task Agreement_rules(int field, string value, ImportReason reason) =>
        AssertRejectedAsync(ImportKind.Agreements, AgreementHeader, AgreementRow, field, value, reason);

    [Fact]
    public Task An_agreement_number_longer_than_the_column_is_refused() =>
        AssertRejectedAsync(ImportKind.Agreements, AgreementHeader, AgreementRow, 0, new string('X', 65), ImportReason.TooLong);

    [Theory]
    [InlineData(0, "C999999999", ImportReason.UnknownCustomer)]
    [InlineData(1, "202612", ImportReason.MonthInFuture)]
    [InlineData(1, "2026-13", ImportReason.NotAMonth)]
    [InlineData(2, "VOIP", ImportReason.UnknownProduct)]
    [InlineData(3, "-5", ImportReason.Negative)]
    [InlineData(3, "", ImportReason.Required)]
    public Task Bill_rules(int field, string value, ImportReason reason) =>
        AssertRejectedAsync(ImportKind.Bills, BillHeader, BillRow, field, value, reason);

    [Theory]
    [InlineData(0, "C999999999", ImportReason.UnknownCustomer)]
    [InlineData(1, "2026-12", ImportReason.MonthInFuture)]
    [InlineData(2, "abc", ImportReason.NotANumber)]
    [InlineData(3, "2026-09-30", ImportReason.DueBeforeBillMonth)]
    public Task Arrears_rules(int field, string value, ImportReason reason) =>
        AssertRejectedAsync(ImportKind.Arrears, ArrearsHeader, ArrearsRow, field, value, reason);

    [Fact]
    public async Task The_current_month_in_Shanghai_is_not_the_future_even_while_it_is_still_last_month_in_UTC()
    {
        await ImportCustomerAsync();
        _world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.Zero));

        var result = await _world.ImportAsync(ImportKind.Bills, $"{BillHeader}\nC330281901,202612,MVPN,100");

        Assert.True(result.Applied);
    }

    [Fact]
    public async Task Every_problem_in_the_file_is_listed_in_line_order()
    {
        await ImportCustomerAsync();

        var result = await _world.ImportAsync(ImportKind.Bills, $"{BillHeader}\nC330281901,202610,VOIP,-1\n{BillRow}\nC999999999,202612,MVPN,1");

        Assert.Equal(
            [(2, ImportReason.UnknownProduct), (2, ImportReason.Negative), (4, ImportReason.UnknownCustomer), (4, ImportReason.MonthInFuture)],
            result.Problems.Select(p => (p.Line, p.Reason)));
    }

    private async Task AssertRejectedAsync(ImportKind kind, string header, string goodRow, int field, string value, ImportReason reason)
    {
        if (kind != ImportKind.Customers)
            await ImportCustomerAsync();
        var cells = goodRow.Split(',');
        cells[field] = value;
        var before = await _world.DigestAsync();

        var result = await _world.ImportAsync(kind, $"{header}\n{goodRow}\n{string.Join(',', cells)}\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((3, header.Split(',')[field], value, reason), (problem.Line, problem.Column, problem.Value, problem.Reason));
        Assert.False(result.Applied);
        Assert.Equal(before, await _world.DigestAsync());
    }

    private async Task ImportCustomerAsync() =>
        Assert.True((await _world.ImportAsync(ImportKind.Customers, $"{CustomerHeader}\n{CustomerRow}")).Applied);
}
