using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BotApp.E2E.Tests;

/// <summary>The page at / in headless Chromium, used as a person would: pick who you are, ask for help, click the card, switch language.</summary>
public sealed class WebChatPageTests
{
    private const string DefaultChromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_staff_member_asks_for_help_and_clicks_a_card_button()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? DefaultChromium;
        Assert.True(File.Exists(chromium),
            $"Chromium not found at {chromium}. Install Debian's: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).");
        // The first load parses a 4 MB bundle on a shared 2-core machine; 5 s (the default) is too tight.
        SetDefaultExpectTimeout(15_000);
        await using var host = new WebChatHost();
        var baseAddress = host.BaseAddress;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1000, Height = 800 } });
        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        ILocator Bubble(string text) => page.Locator(".webchat__bubble__content", new() { HasText = text });

        await page.GotoAsync(baseAddress.ToString());
        await page.Locator("#staff").SelectOptionAsync(new SelectOptionValue { Label = "王芳（客户经理）" });
        await page.Locator("#start").ClickAsync();
        await Expect(Bubble("王芳，您好")).ToBeVisibleAsync();
        await sendBox.FillAsync("help");
        await sendBox.PressAsync("Enter");
        var helpCard = Bubble("我能做什么").Locator(".ac-adaptiveCard");
        await Expect(helpCard).ToContainTextAsync("查询客户");
        await helpCard.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();

        await Expect(Bubble("Language set to English.")).ToBeVisibleAsync();
        await sendBox.FillAsync("帮助");
        await sendBox.PressAsync("Enter");
        await Expect(Bubble("What I can do")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "webchat.png") });
        await Expect(sendBox).ToHaveAttributeAsync("placeholder", "键入消息");
        await page.Locator("#lang-en").ClickAsync();
        await Expect(sendBox).ToHaveAttributeAsync("placeholder", "Type your message");
        await Expect(Bubble("What I can do")).ToBeVisibleAsync(); // same conversation after the page switches language
    }
}
