using BotApp.Bot.Features.CustomerLookup.Understanding;
using BotApp.Data.Entities;
using BotApp.Handlers.Customers;

namespace BotApp.Bot.Tests.CustomerLookup.Understanding;

public sealed class LookupCriterionTests
{
    [Fact]
    public void Lists_what_was_recognised_in_a_fixed_order()
    {
        var recognition = LookupRecognizer.Recognize("本月到期 欠费 教育行业 三星客户 宁波 我的 C330200001");

        Assert.Equal<LookupCriterion>(
            [
                new LookupCriterion.ByCode("C330200001"),
                new LookupCriterion.ByName("宁波"),
                new LookupCriterion.Mine(),
                new LookupCriterion.ByGrade(3),
                new LookupCriterion.ByIndustry(Industry.Education),
                new LookupCriterion.InArrears(),
                new LookupCriterion.AgreementsEnding(new AgreementWindow(ThisMonth: true)),
            ],
            recognition.Criteria());
    }

    [Fact]
    public void Lists_only_the_name_for_a_plain_name_search() =>
        Assert.Equal<LookupCriterion>([new LookupCriterion.ByName("宁波港集团")], LookupRecognizer.Recognize("宁波港集团").Criteria());

    [Fact]
    public void Lists_nothing_for_an_empty_query() =>
        Assert.Empty(LookupRecognizer.Recognize("查").Criteria());
}
