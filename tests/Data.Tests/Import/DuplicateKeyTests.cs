using BotApp.Data.Import;

namespace BotApp.Data.Tests.Import;

/// <summary>The same natural key twice in one file is a mistake in the export: which row should win is not ours to guess.</summary>
public sealed class DuplicateKeyTests : IDisposable
{
    private readonly ImportWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task A_customer_code_twice_names_both_lines()
    {
        var result = await _world.ImportAsync(ImportKind.Customers, """
            客户编码,客户名称,行业,区域,客户经理,成员数
            C330281901,余姚市第一人民医院,医疗卫生,NB-YY,王芳,1260
            C330281902,明湖光电,制造业,NB-YY,王芳,3580
            C330281901,余姚市第一人民医院,医疗卫生,NB-YY,王芳,1300
            """);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((4, "客户编码", "C330281901", ImportReason.DuplicateKey, "2"), (problem.Line, problem.Column, problem.Value, problem.Reason, problem.Arguments[0]));
        Assert.False(result.Applied);
    }

    [Fact]
    public async Task A_bill_is_the_same_bill_whichever_way_its_month_is_written()
    {
        await _world.ImportAsync(ImportKind.Customers, "客户编码,客户名称,行业,区域,客户经理,成员数\nC330281901,医院,医疗卫生,NB-YY,王芳,1");

        var result = await _world.ImportAsync(ImportKind.Bills, "客户编码,账期,产品编码,收入\nC330281901,202610,MVPN,100\nC330281901,2026-10,mvpn,200");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((3, "客户编码 + 账期 + 产品编码", "C330281901 + 2026-10 + mvpn", ImportReason.DuplicateKey),
            (problem.Line, problem.Column, problem.Value, problem.Reason));
    }

    [Fact]
    public async Task Arrears_twice_for_one_customer_and_month_are_refused_but_other_months_are_not()
    {
        await _world.ImportAsync(ImportKind.Customers, "客户编码,客户名称,行业,区域,客户经理,成员数\nC330281901,医院,医疗卫生,NB-YY,王芳,1");

        var result = await _world.ImportAsync(ImportKind.Arrears, """
            客户编码,账期,欠费金额,应缴日期
            C330281901,202609,100,2026-10-20
            C330281901,202610,100,2026-11-20
            C330281901,202610,50,2026-11-20
            """);

        Assert.Equal([4], result.Problems.Select(p => p.Line));
    }

    [Fact]
    public async Task An_agreement_number_twice_is_refused()
    {
        await _world.ImportAsync(ImportKind.Customers, "客户编码,客户名称,行业,区域,客户经理,成员数\nC330281901,医院,医疗卫生,NB-YY,王芳,1");

        var result = await _world.ImportAsync(ImportKind.Agreements, """
            协议编号,客户编码,开始日期,结束日期,金额
            XY-1,C330281901,2026-01-01,2026-12-31,100
            XY-1,C330281901,2026-01-01,2027-12-31,100
            """);

        Assert.Equal((3, ImportReason.DuplicateKey), (Assert.Single(result.Problems).Line, result.Problems[0].Reason));
    }
}
