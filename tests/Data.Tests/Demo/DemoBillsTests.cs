using BotApp.Data.Entities;
using BotApp.Data.Rules;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Demo;

public sealed class DemoBillsTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task Bills_cover_the_24_months_ending_at_the_last_closed_month()
    {
        await using var db = demo.CreateContext();

        var months = await db.MonthlyBills.Select(b => b.Month).Distinct().OrderBy(m => m).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 24).Select(i => BillingMonth.Add(202411, i)), months);
        Assert.Equal(202610, BillingMonth.LastClosed(DemoDatabase.Today));
    }

    [Fact]
    public async Task An_established_customer_is_billed_every_month_and_every_customer_has_mobile_or_a_leased_line()
    {
        await using var db = demo.CreateContext();

        var monthsPerCustomer = await db.MonthlyBills.GroupBy(b => b.CustomerId).Select(g => g.Select(b => b.Month).Distinct().Count()).ToListAsync();
        var withoutQualifyingService = await db.GroupCustomers.CountAsync(c => !c.Subscriptions.Any(s =>
            s.Product.Category == ProductCategory.Mobile || s.Product.Category == ProductCategory.DataLine));

        Assert.Equal(demo.Settings.Customers, monthsPerCustomer.Count);
        Assert.InRange(monthsPerCustomer.Count(m => m == 24) / (double)monthsPerCustomer.Count, 0.7, 0.9);
        Assert.Equal(0, withoutQualifyingService);
    }

    [Fact]
    public async Task Grades_are_derived_from_the_bills_by_the_grade_rule()
    {
        await using var db = demo.CreateContext();
        var mobile = await db.MonthlyBills.Where(b => b.Product.Category == ProductCategory.Mobile)
            .Select(b => new { b.CustomerId, b.Month, b.Revenue }).ToListAsync();
        var byCustomer = mobile.ToLookup(b => b.CustomerId, b => (b.Month, b.Revenue));

        var customers = await db.GroupCustomers.Select(c => new { c.Id, c.Grade, c.GradeRevenue, c.GradedMonth }).ToListAsync();

        Assert.All(customers, c =>
        {
            var revenue = GradeRevenue.Of(byCustomer[c.Id], 202610);
            Assert.Equal((revenue, CustomerGrade.Of(revenue), 202610), (c.GradeRevenue, c.Grade, c.GradedMonth));
        });
        Assert.Equal([1, 2, 3, 4, 5], customers.Select(c => c.Grade).Distinct().Order());
        Assert.True(customers.Count(c => c.Grade == 1) > customers.Count(c => c.Grade == 5) * 10, "most customers are small");
    }

    [Fact]
    public async Task Arrears_are_overdue_and_never_more_than_the_month_billed()
    {
        await using var db = demo.CreateContext();

        var arrears = await db.Arrears.Select(a => new
        {
            a.Amount,
            a.DueOn,
            Billed = db.MonthlyBills.Where(b => b.CustomerId == a.CustomerId && b.Month == a.BillMonth).Sum(b => b.Revenue),
        }).ToListAsync();

        Assert.NotEmpty(arrears);
        Assert.All(arrears, a =>
        {
            Assert.InRange(a.Amount, 0.01m, a.Billed);
            Assert.True(ArrearsAge.DaysOverdue(a.DueOn, DemoDatabase.Today) > 0);
        });
    }

    [Fact]
    public async Task Agreements_end_spread_over_the_coming_year()
    {
        await using var db = demo.CreateContext();

        var ends = await db.Agreements.Where(a => a.Status == AgreementStatus.Active).Select(a => a.EndOn).ToListAsync();

        var monthsAhead = ends.Select(e => AgreementExpiry.DaysLeft(e, DemoDatabase.Today)).Where(d => d is >= 0 and < 360).Select(d => d / 30).Distinct().Count();
        Assert.Equal(12, monthsAhead);
        Assert.InRange(ends.Count(e => e < DemoDatabase.Today) / (double)ends.Count, 0.01, 0.1);
    }
}
