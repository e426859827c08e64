using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BotApp.E2E.Tests;

/// <summary>Issue 4 in the browser: an account manager searches, opens a customer from the list, sees the card and its chart.</summary>
public sealed class CustomerLookupPageTests
{
    [Fact]
    public async Task An_account_manager_searches_opens_a_customer_and_sees_the_card_with_its_chart()
    {
        await using var host = new WebChatHost(seedCustomers: 200);
        await using var browser = await BrowserSession.OpenAsync(host.BaseAddress, "王芳（客户经理）", "王芳，您好");

        await browser.SayAsync("查 余姚市 医院");
        var list = browser.Bubble("位客户").Locator(".ac-adaptiveCard");
        await Expect(list).ToContainTextAsync("余姚市人民医院");
        await list.GetByText("余姚市第二人民医院").ClickAsync();

        var card = browser.Bubble("在用产品").Locator(".ac-adaptiveCard");
        await Expect(card).ToContainTextAsync("余姚市第二人民医院");
        await Expect(card).ToContainTextAsync("客户经理");
        var chart = card.Locator("img[src^='data:image/png']");
        await Expect(chart).ToBeVisibleAsync();
        // The chart decoded and laid out: a broken image has no natural width.
        Assert.True(await chart.EvaluateAsync<int>("img => img.naturalWidth") > 0);
        await browser.Page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "webchat-customer.png"), FullPage = true });

        await card.GetByRole(AriaRole.Button, new() { Name = "月度账单" }).ClickAsync();
        await Expect(browser.Bubble("单位：元").Locator(".ac-adaptiveCard")).ToContainTextAsync("合计");
    }
}
