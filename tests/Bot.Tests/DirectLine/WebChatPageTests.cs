using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BotApp.Bot.DirectLine;
using BotApp.Data;
using BotApp.Data.Entities;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Bot.Tests.DirectLine;

public sealed class WebChatPageTests
{
    [Fact]
    public async Task Serves_the_page_and_the_Web_Chat_bundle_built_from_npm()
    {
        await using var factory = new DirectLineAppFactory();
        var http = factory.CreateClient();

        var page = await http.GetStringAsync("/");
        var bundle = await http.GetAsync("/lib/webchat.js");

        Assert.Contains("<script src=\"lib/webchat.js\"></script>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Contains("renderWebChat", await bundle.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_Development_any_demo_staff_member_gets_a_token_for_their_WebChatId_without_the_secret()
    {
        await using var factory = new DirectLineAppFactory { WithSecret = false };
        var http = factory.CreateClient();

        var config = await http.GetFromJsonAsync<JsonObject>("/webchat/config");
        var staff = await http.GetFromJsonAsync<List<WebChatEndpoints.DemoStaff>>("/webchat/staff");
        var wang = staff!.Single(s => s.Name == "王芳");
        var response = await http.PostAsJsonAsync("/webchat/token", new { staffId = wang.Id });
        var token = (await response.Content.ReadFromJsonAsync<WebChatEndpoints.WebChatToken>())!;
        var client = new DirectLineClient(http);
        var started = await client.SendAsync(HttpMethod.Post, "/conversations", token.Token);

        Assert.True(config!["enabled"]!.GetValue<bool>());
        Assert.True(config["demoSignIn"]!.GetValue<bool>());
        Assert.Equal("dl_wangfang", token.UserId);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var activities = (await client.GetActivitiesAsync(new Conversation(token.ConversationId, token.Token, 0))).Activities;
        Assert.Equal("welcome dl_wangfang", activities[0].Text);
    }

    [Fact]
    public async Task Outside_Development_without_a_secret_Web_Chat_and_Direct_Line_are_off()
    {
        await using var factory = new DirectLineAppFactory { EnvironmentName = "Production", WithSecret = false };
        var http = factory.CreateClient();

        var config = await http.GetFromJsonAsync<JsonObject>("/webchat/config");
        var generate = await http.PostAsync("/v3/directline/tokens/generate", null);
        var start = await http.PostAsync("/v3/directline/conversations", null);
        var token = await http.PostAsJsonAsync("/webchat/token", new { staffId = 1 });
        var staff = await http.GetAsync("/webchat/staff");

        Assert.False(config!["enabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, generate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, staff.StatusCode);
    }

    [Fact]
    public async Task Outside_Development_the_token_endpoint_wants_the_secret_and_there_is_no_staff_picker()
    {
        await using var factory = new DirectLineAppFactory { EnvironmentName = "Production" };
        var http = factory.CreateClient();
        var staffId = await AddStaffAsync(factory, new Staff { Name = "赵敏", Role = StaffRole.AccountManager, WebChatId = "dl_zhaomin" });

        var anonymous = await http.PostAsJsonAsync("/webchat/token", new { staffId });
        var picker = await http.GetAsync("/webchat/staff");
        var config = await http.GetFromJsonAsync<JsonObject>("/webchat/config");
        using var withSecret = new HttpRequestMessage(HttpMethod.Post, "/webchat/token") { Content = JsonContent.Create(new { staffId }) };
        withSecret.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DirectLineAppFactory.Secret);
        var authorized = await http.SendAsync(withSecret);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, picker.StatusCode);
        Assert.True(config!["enabled"]!.GetValue<bool>());
        Assert.False(config["demoSignIn"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, authorized.StatusCode);
        Assert.Equal("dl_zhaomin", (await authorized.Content.ReadFromJsonAsync<WebChatEndpoints.WebChatToken>())!.UserId);
    }

    private static async Task<long> AddStaffAsync(DirectLineAppFactory factory, Staff staff)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        db.Staff.Add(staff);
        await db.SaveChangesAsync();
        return staff.Id;
    }
}
