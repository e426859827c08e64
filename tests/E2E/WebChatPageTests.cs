using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BotApp.E2E.Tests;

/// <summary>The page at / in headless Chromium, used as a person would: pick who you are, ask for help, click the card, switch language.</summary>
public sealed class WebChatPageTests
{
    [Fact]
    public async Task A_staff_member_asks_for_help_and_clicks_a_card_button()
    {
        await using var host = new WebChatHost();
        await using var browser = await BrowserSession.OpenAsync(host.BaseAddress, "王芳（客户经理）", "王芳，您好");
        var page = browser.Page;

        await browser.SayAsync("help");
        var helpCard = browser.Bubble("我能做什么").Locator(".ac-adaptiveCard");
        await Expect(helpCard).ToContainTextAsync("查询客户");
        await helpCard.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();

        await Expect(browser.Bubble("Language set to English.")).ToBeVisibleAsync();
        await browser.SayAsync("帮助");
        await Expect(browser.Bubble("What I can do")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "webchat.png") });
        await Expect(browser.SendBox).ToHaveAttributeAsync("placeholder", "键入消息");
        await page.Locator("#lang-en").ClickAsync();
        await Expect(browser.SendBox).ToHaveAttributeAsync("placeholder", "Type your message");
        await Expect(browser.Bubble("What I can do")).ToBeVisibleAsync(); // same conversation after the page switches language
    }
}
