namespace BotApp.Bot.Tests.Infrastructure;

/// <summary>
/// The Connector HttpClient's primary handler when the bot talks to its own channel (local Direct Line):
/// calls to the test server's host go into the TestServer in-process; anything else to the stub channel.
/// Neither inner handler is disposed here: the factory owns both.
/// </summary>
public sealed class LoopbackRoutingHandler(HttpMessageHandler testServer, HttpMessageHandler elsewhere, string testServerHost = "localhost")
    : HttpMessageHandler
{
    private readonly HttpMessageInvoker _testServer = new(testServer, disposeHandler: false);
    private readonly HttpMessageInvoker _elsewhere = new(elsewhere, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        string.Equals(request.RequestUri?.Host, testServerHost, StringComparison.OrdinalIgnoreCase)
            ? _testServer.SendAsync(request, cancellationToken)
            : _elsewhere.SendAsync(request, cancellationToken);
}
