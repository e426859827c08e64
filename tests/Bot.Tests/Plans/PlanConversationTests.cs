using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Tests.Infrastructure;
using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static BotApp.Bot.Tests.Plans.PlanBotFactory;

namespace BotApp.Bot.Tests.Plans;

/// <summary>
/// Issue 5 through /api/messages as people use it: 王芳 files from the chat, the approvers decide on their cards, the
/// support center completes, and everyone is told by notices; tampered, stale and concurrent clicks change nothing.
/// </summary>
public sealed class PlanConversationTests(PlanBotFactory factory) : IClassFixture<PlanBotFactory>
{
    [Fact]
    public async Task A_plan_filed_in_the_chat_is_approved_implemented_and_the_requester_hears_of_every_step()
    {
        var (wang, li, wu) = (new Chat(factory, WangFang), new Chat(factory, LiQiang), new Chat(factory, WuLei));
        await li.SayAsync("待我审批");
        await wu.SayAsync("待我审批");
        await factory.FlushReferencesAsync();

        var form = CardJson.Card(await wang.SayAsync("申请方案"));
        Assert.Contains("申请个性化方案", CardJson.Texts(form), StringComparison.Ordinal);
        var filed = CardJson.Card(await wang.SubmitAsync("plan.submit", await TermsAsync(discount: "20")));
        Assert.Contains("等待经营管理部审批", CardJson.Texts(filed), StringComparison.Ordinal);
        Assert.Contains("在第 1 档权限内", CardJson.Texts(filed), StringComparison.Ordinal);

        await factory.DeliverNoticesAsync();
        var toApprove = CardJson.Card(Assert.Single(li.Notices(), n => CardJson.Texts(CardJson.Card(n)).Contains(PlanTitle(filed), StringComparison.Ordinal)));
        Assert.Contains("请您审批：经营管理部", CardJson.Texts(toApprove), StringComparison.Ordinal);
        var approve = ActionData(toApprove, "plan.approve");
        approve["comment"] = "同意，按规定执行。";
        var decided = CardJson.Card(await li.SubmitAsync("plan.approve", approve));
        Assert.Contains("您已同意方案", CardJson.Texts(decided), StringComparison.Ordinal);
        Assert.Contains("已批准", CardJson.Texts(decided), StringComparison.Ordinal);

        await factory.DeliverNoticesAsync();
        var heard = CardJson.Texts(CardJson.Card(wang.Notices()[^1]));
        Assert.Contains("经营管理部：李强 同意", heard, StringComparison.Ordinal);
        Assert.Contains("同意，按规定执行。", heard, StringComparison.Ordinal);
        var task = CardJson.Card(Assert.Single(wu.Notices(), n => CardJson.Texts(CardJson.Card(n)).Contains(PlanTitle(filed), StringComparison.Ordinal)));
        Assert.Contains("请受理实施，截止", CardJson.Texts(task), StringComparison.Ordinal);

        var done = CardJson.Card(await wu.SubmitAsync("plan.complete", ActionData(task, "plan.complete")));
        Assert.Contains("已标记为实施完成", CardJson.Texts(done), StringComparison.Ordinal);
        await factory.DeliverNoticesAsync();
        Assert.Contains("已实施，执行期", CardJson.Texts(CardJson.Card(wang.Notices()[^1])), StringComparison.Ordinal);

        // The approver taps his old card again: refused, with who decided what and when, and the plan as it is now.
        var stale = CardJson.Texts(CardJson.Card(await li.SubmitAsync("plan.approve", approve)));
        Assert.Contains("这张卡片已过时：李强 已于", stale, StringComparison.Ordinal);
        Assert.Contains("已实施", stale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_above_the_first_tier_goes_to_leadership_after_business_management_and_says_why()
    {
        var wang = new Chat(factory, WangFang);

        var filed = CardJson.Texts(CardJson.Card(await wang.SubmitAsync("plan.submit", await TermsAsync(discount: "30"))));

        Assert.Contains("折扣 30% 超过第 1 档上限 25%", filed, StringComparison.Ordinal);
        Assert.Contains("集团客户部领导", filed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_below_cost_is_refused_at_filing_with_the_numbers_and_nothing_is_saved()
    {
        var wang = new Chat(factory, WangFang);
        var before = await factory.QueryAsync(db => db.Plans.CountAsync());

        var reply = await wang.SubmitAsync("plan.submit", await TermsAsync(discount: "70"));

        Assert.Null(reply.Attachments);
        Assert.Contains("方案低于成本，不能提交：折后单价 ¥840", reply.Text, StringComparison.Ordinal);
        Assert.Contains("低于单位成本 ¥1,100", reply.Text, StringComparison.Ordinal);
        Assert.Equal(before, await factory.QueryAsync(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task A_form_with_mistakes_comes_back_with_them_listed_and_the_values_kept()
    {
        var wang = new Chat(factory, WangFang);
        var terms = await TermsAsync(discount: "abc");
        terms["justification"] = "短";

        var form = CardJson.Card(await wang.SubmitAsync("plan.submit", terms));

        var texts = CardJson.Texts(form);
        Assert.Contains("“abc”不是有效的数字", texts, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"abc\"", form.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_managers_customer_on_a_tampered_form_is_refused()
    {
        var wang = new Chat(factory, WangFang);
        var terms = await TermsAsync(discount: "10");
        terms["customerId"] = (await factory.CustomerOfAsync(ChenJing)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = await factory.QueryAsync(db => db.Plans.CountAsync());

        var form = CardJson.Texts(CardJson.Card(await wang.SubmitAsync("plan.submit", terms)));

        Assert.Contains("请选择您负责的客户", form, StringComparison.Ordinal);
        Assert.Equal(before, await factory.QueryAsync(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task The_requester_cannot_approve_her_own_plan_nor_can_a_forged_click_without_ids()
    {
        var wang = new Chat(factory, WangFang);
        var filed = CardJson.Card(await wang.SubmitAsync("plan.submit", await TermsAsync(discount: "15")));
        var planId = PlanId(filed);
        var step = await factory.QueryAsync(db => db.ApprovalSteps.Where(s => s.PlanId == planId && s.Decision == StepDecision.Pending).OrderBy(s => s.Order).FirstAsync());
        var version = await factory.QueryAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.Version).SingleAsync());

        var own = await wang.SubmitAsync("plan.approve", new JsonObject { ["planId"] = planId, ["stepId"] = step.Id, ["version"] = version });
        var forged = await new Chat(factory, LiQiang).SubmitAsync("plan.approve", new JsonObject { ["planId"] = "x" });

        Assert.Contains("您不能处理这一步", own.Text, StringComparison.Ordinal);
        Assert.Contains("您不能处理这一步", forged.Text, StringComparison.Ordinal);
        Assert.Equal(StepDecision.Pending, await factory.QueryAsync(db => db.ApprovalSteps.Where(s => s.Id == step.Id).Select(s => s.Decision).SingleAsync()));
    }

    [Fact]
    public async Task Many_taps_on_one_approval_at_once_in_Teams_record_exactly_one_decision()
    {
        var wang = new Chat(factory, WangFang);
        var planId = PlanId(CardJson.Card(await wang.SubmitAsync("plan.submit", await TermsAsync(discount: "12"))));
        var (stepId, version) = await factory.QueryAsync(async db => (
            await db.ApprovalSteps.Where(s => s.PlanId == planId && s.Decision == StepDecision.Pending).OrderBy(s => s.Order).Select(s => s.Id).FirstAsync(),
            await db.Plans.Where(p => p.Id == planId).Select(p => p.Version).SingleAsync()));
        var li = new Chat(factory, LiQiang, "msteams");

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            li.ExecuteAsync("plan.approve", new JsonObject { ["planId"] = planId, ["stepId"] = stepId, ["version"] = version })));

        // Every tap is answered with the card (Universal Actions); exactly one of them says it was the decision.
        Assert.All(answers, a => Assert.Equal(Attachment.AdaptiveCardContentType, (string?)a["type"]));
        Assert.Single(answers, a => CardJson.Texts(a["value"]!).Contains("您已同意方案", StringComparison.Ordinal));
        Assert.Equal(7, answers.Count(a => CardJson.Texts(a["value"]!).Contains("这张卡片已过时", StringComparison.Ordinal)));
        Assert.Equal(1, await factory.QueryAsync(db => db.ApprovalSteps.CountAsync(s => s.PlanId == planId && s.DecidedById != null)));
    }

    [Fact]
    public async Task Rejecting_needs_a_comment_and_a_rejection_reaches_the_requester()
    {
        var (wang, li) = (new Chat(factory, WangFang), new Chat(factory, LiQiang));
        await wang.SayAsync("我的方案");
        await factory.FlushReferencesAsync();
        var planId = PlanId(CardJson.Card(await wang.SubmitAsync("plan.submit", await TermsAsync(discount: "18"))));
        var card = CardJson.Card(await li.SubmitAsync("plan.open", new JsonObject { ["planId"] = planId }));
        var reject = ActionData(card, "plan.reject");

        var noComment = await li.SubmitAsync("plan.reject", reject);
        reject["comment"] = "收入承诺不足。";
        var rejected = CardJson.Texts(CardJson.Card(await li.SubmitAsync("plan.reject", reject)));
        await factory.DeliverNoticesAsync();

        Assert.Contains("驳回或退回修改时请填写意见", noComment.Text, StringComparison.Ordinal);
        Assert.Contains("您已驳回方案", rejected, StringComparison.Ordinal);
        Assert.Contains(wang.Notices(), n => CardJson.Texts(CardJson.Card(n)).Contains("经营管理部：李强 驳回", StringComparison.Ordinal)
            && CardJson.Texts(CardJson.Card(n)).Contains($"#{planId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task My_approvals_lists_what_waits_for_the_approver_and_my_plans_what_the_requester_filed()
    {
        var (wang, li) = (new Chat(factory, WangFang), new Chat(factory, LiQiang));
        var planId = PlanId(CardJson.Card(await wang.SubmitAsync("plan.submit", await TermsAsync(discount: "11"))));

        var approvals = CardJson.Card(await li.SayAsync("my approvals"));
        var mine = CardJson.Card(await wang.SayAsync("我的 方案"));
        var strangers = await new Chat(factory, ChenJing).SubmitAsync("plan.open", new JsonObject { ["planId"] = planId });

        Assert.Contains(CardJson.Actions(approvals), a => (long?)a["data"]?["planId"] == planId);
        Assert.Contains(CardJson.Actions(mine), a => (long?)a["data"]?["planId"] == planId);
        Assert.Null(strangers.Attachments);
    }

    [Fact]
    public async Task An_overdue_implementation_task_reminds_the_support_center_and_its_lead_once_a_working_day()
    {
        var (wang, li, wu, zheng) = (new Chat(factory, WangFang), new Chat(factory, LiQiang), new Chat(factory, WuLei), new Chat(factory, ZhengHua));
        await wu.SayAsync("待我审批");
        await zheng.SayAsync("帮助");
        await factory.FlushReferencesAsync();
        var planId = PlanId(CardJson.Card(await wang.SubmitAsync("plan.submit", await TermsAsync(discount: "14"))));
        var card = CardJson.Card(await li.SubmitAsync("plan.open", new JsonObject { ["planId"] = planId }));
        await li.SubmitAsync("plan.approve", ActionData(card, "plan.approve"));
        await factory.QueryAsync(db => db.ApprovalSteps.Where(s => s.PlanId == planId && s.Kind == ApprovalStepKind.Implementation)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.DueAt, factory.Clock.GetUtcNow().AddDays(-1))));

        await factory.SendAsync(new BotApp.Handlers.Plans.SendPlanReminders());
        await factory.SendAsync(new BotApp.Handlers.Plans.SendPlanReminders());
        await factory.DeliverNoticesAsync();

        bool Overdue(Activity n) => CardJson.Texts(CardJson.Card(n)) is var t && t.Contains("受理已逾期", StringComparison.Ordinal) && t.Contains($"#{planId} ", StringComparison.Ordinal);
        Assert.Single(wu.Notices(), Overdue);
        Assert.Single(zheng.Notices(), Overdue);
    }

    private async Task<JsonObject> TermsAsync(string discount) => new()
    {
        ["customerId"] = (await factory.CustomerOfAsync(WangFang)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["tariffId"] = (await factory.TariffIdAsync("DLINE-100M")).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["discountPercent"] = discount,
        ["validityMonths"] = "12",
        ["subsidy"] = "5000",
        ["agentCommission"] = "",
        ["expectedMonthlyRevenue"] = "11200",
        ["agentChannels"] = "",
        ["justification"] = "竞争对手报价更低，客户承诺三年专线不变。",
        ["structuralChange"] = "false",
        ["agreedInAdvance"] = "false",
        ["planId"] = null,
        ["version"] = null,
    };

    private static JsonObject ActionData(JsonObject card, string verb) =>
        (JsonObject)CardJson.Actions(card).Single(a => (string?)a["data"]?["verb"] == verb)["data"]!.DeepClone();

    /// <summary>The plan number in the card's title ("个性化方案 #42 · …").</summary>
    private static long PlanId(JsonObject card) =>
        long.Parse(System.Text.RegularExpressions.Regex.Match(CardJson.Texts(card), @"#(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string PlanTitle(JsonObject card) => CardJson.Texts(card).Split('·')[0].Trim();
}
