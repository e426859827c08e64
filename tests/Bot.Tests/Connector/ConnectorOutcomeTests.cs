using System.Net;
using BotApp.Bot.Protocol.Connector;
using BotApp.Bot.Protocol.Schema;
using Microsoft.Extensions.Logging;

namespace BotApp.Bot.Tests.Connector;

public sealed class ConnectorOutcomeTests : IDisposable
{
    private readonly ConnectorHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private Task<ConnectorResult<ResourceResponse>> SendAsync() =>
        _harness.RunAsync(c => c.SendToConversationAsync(ConnectorHarness.ServiceUrl, "a:1x", new Activity { Type = "message", Text = "hi" }, default));

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, ConnectorOutcome.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden, ConnectorOutcome.BotBlocked)]
    [InlineData(HttpStatusCode.NotFound, ConnectorOutcome.NotFound)]
    [InlineData(HttpStatusCode.MethodNotAllowed, ConnectorOutcome.NotSupported)]
    [InlineData(HttpStatusCode.BadRequest, ConnectorOutcome.Failed)]
    [InlineData(HttpStatusCode.InternalServerError, ConnectorOutcome.Unavailable)]
    public async Task Maps_a_final_status_to_its_outcome_without_retrying(HttpStatusCode status, ConnectorOutcome expected)
    {
        _harness.Channel.Always(status);

        var result = await SendAsync();

        Assert.Equal(expected, result.Outcome);
        Assert.Equal((int)status, result.StatusCode);
        Assert.Single(_harness.Channel.Attempts);
        Assert.Empty(_harness.Time.Waits);
    }

    [Fact]
    public async Task Reads_the_teams_blocked_sub_code_from_a_403()
    {
        _harness.Channel.Then(HttpStatusCode.Forbidden, """{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked","message":"Bot is blocked"}}""");

        var result = await SendAsync();

        Assert.Equal(ConnectorOutcome.BotBlocked, result.Outcome);
        Assert.Equal(ConnectorError.MessageWritesBlocked, result.ErrorCode);
        Assert.Equal("Bot is blocked", result.ErrorMessage);
    }

    [Fact]
    public async Task Reads_code_and_message_from_an_error_response()
    {
        _harness.Channel.Then(HttpStatusCode.BadRequest, """{"error":{"code":"BadSyntax","message":"Activity.From field is required"}}""");

        var result = await SendAsync();

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal("BadSyntax", result.ErrorCode);
        Assert.Equal("Activity.From field is required", result.ErrorMessage);
    }

    [Fact]
    public async Task Reports_direct_line_refusing_an_update_as_not_supported()
    {
        _harness.Channel.Then(HttpStatusCode.MethodNotAllowed, """{"error":{"code":"BadArgument","message":"This channel does not support this operation"}}""");

        var result = await _harness.RunAsync(c => c.UpdateActivityAsync("http://localhost:3978/directline", "c1", "c1|0001", new Activity { Type = "message" }, default));

        Assert.Equal(ConnectorOutcome.NotSupported, result.Outcome);
        Assert.Single(_harness.Channel.Attempts);
    }

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.Accepted)]
    public async Task Takes_a_success_with_an_empty_body(HttpStatusCode status)
    {
        _harness.Channel.Then(status);

        var result = await SendAsync();

        Assert.True(result.Succeeded);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task Logs_the_correlation_id_of_a_failed_call()
    {
        _harness.Channel.Then(HttpStatusCode.NotFound, headers: r => r.Headers.Add("X-Correlating-OperationId", "op-42"));

        await SendAsync();

        var warning = Assert.Single(_harness.Logs.Lines, l => l.Level == LogLevel.Warning);
        Assert.Contains("op-42", warning.Message, StringComparison.Ordinal);
        Assert.Contains("NotFound", warning.Message, StringComparison.Ordinal);
    }
}
