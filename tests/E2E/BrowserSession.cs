using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BotApp.E2E.Tests;

/// <summary>Headless Debian Chromium on the page at /, signed in as a demo member of staff. Fails, never skips, without Chromium.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private const string DefaultChromium = "/usr/bin/chromium";

    private readonly IPlaywright? _playwright;
    private readonly IBrowser? _browser;
    private readonly IBrowserContext _context;

    /// <param name="playwright">Owned by this session (and the browser with it), or null for a second context in another session's browser.</param>
    private BrowserSession(IPlaywright? playwright, IBrowser? browser, IBrowserContext context, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public ILocator SendBox => Page.Locator("[data-id='webchat-sendbox-input']");

    public ILocator Bubble(string text) => Page.Locator(".webchat__bubble__content", new() { HasText = text });

    public static async Task<BrowserSession> OpenAsync(Uri baseAddress, string staffLabel, string welcome)
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? DefaultChromium;
        Assert.True(File.Exists(chromium),
            $"Chromium not found at {chromium}. Install Debian's: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).");
        // The first load parses a 4 MB bundle on a shared 2-core machine; 5 s (the default) is too tight, and under
        // other builds' load a reply has been seen to take over 15 s.
        SetDefaultExpectTimeout(30_000);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1000, Height = 900 } });
        return await SignInAsync(new BrowserSession(playwright, browser, context, await context.NewPageAsync()), baseAddress, staffLabel, welcome);
    }

    /// <summary>Another person at the same time: a second browser context (own cookies and storage) in this session's browser.</summary>
    public async Task<BrowserSession> OpenAnotherAsync(Uri baseAddress, string staffLabel, string welcome)
    {
        var context = await (_browser ?? throw new InvalidOperationException("Open the other person from the first session.")).NewContextAsync(
            new() { Locale = "zh-CN", ViewportSize = new() { Width = 1000, Height = 900 } });
        return await SignInAsync(new BrowserSession(null, null, context, await context.NewPageAsync()), baseAddress, staffLabel, welcome);
    }

    private static async Task<BrowserSession> SignInAsync(BrowserSession session, Uri baseAddress, string staffLabel, string welcome)
    {
        var page = session.Page;
        await page.GotoAsync(baseAddress.ToString());
        await page.Locator("#staff").SelectOptionAsync(new SelectOptionValue { Label = staffLabel });
        await page.Locator("#start").ClickAsync();
        await Expect(session.Bubble(welcome)).ToBeVisibleAsync();
        return session;
    }

    public async Task SayAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
