using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BotApp.E2E.Tests;

/// <summary>Issue 5 in the browser: an account manager files a plan on the form card, an approver (a second browser context) approves it, the requester hears of it.</summary>
public sealed class PlanApprovalPageTests
{
    [Fact]
    public async Task A_requester_files_a_plan_and_an_approver_in_another_browser_context_approves_it()
    {
        await using var host = new WebChatHost(seedCustomers: 50);
        await using var requester = await BrowserSession.OpenAsync(host.BaseAddress, "王芳（客户经理）", "王芳，您好");
        await using var approver = await requester.OpenAnotherAsync(host.BaseAddress, "李强（经营管理部审批人）", "李强，您好");

        await requester.SayAsync("申请方案");
        var form = requester.Bubble("申请个性化方案").Locator(".ac-adaptiveCard");
        await form.GetByLabel("客户").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await form.GetByLabel("基础资费或营销活动").SelectOptionAsync(new SelectOptionValue { Label = "数据专线100M · ¥2,800/月" });
        await form.GetByLabel("折扣（%）").FillAsync("20");
        await form.GetByLabel("补贴（元）").FillAsync("5000");
        await form.GetByLabel("预计月收入").FillAsync("11200");
        await form.GetByLabel("申请理由").FillAsync("竞争对手报价更低，客户承诺三年专线不变。");
        await form.GetByRole(AriaRole.Button, new() { Name = "提交审批" }).ClickAsync();
        await Expect(requester.Bubble("等待经营管理部审批")).ToBeVisibleAsync();

        var toApprove = approver.Bubble("请您审批：经营管理部").Locator(".ac-adaptiveCard");
        await Expect(toApprove).ToContainTextAsync("王芳");
        await Expect(toApprove).ToContainTextAsync("在第 1 档权限内");
        await toApprove.GetByLabel("审批意见").FillAsync("同意，按规定执行。");
        await toApprove.GetByRole(AriaRole.Button, new() { Name = "同意" }).ClickAsync();
        await Expect(approver.Bubble("您已同意方案")).ToBeVisibleAsync();

        var heard = requester.Bubble("经营管理部：李强 同意");
        await Expect(heard).ToBeVisibleAsync();
        await Expect(heard).ToContainTextAsync("同意，按规定执行。");
        await requester.Page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "webchat-plan-requester.png"), FullPage = true });
        await approver.Page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "webchat-plan-approver.png"), FullPage = true });
    }
}
