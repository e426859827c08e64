using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BotApp.Bot.DirectLine;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Tests.DirectLine;

/// <summary>Calls /v3/directline as DirectLineJS does, with the secret or a token as Bearer.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public const string Base = "/v3/directline";

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, object? body = null)
    {
        var request = new HttpRequestMessage(method, Base + path);
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null)
            request.Content = JsonContent.Create(body, body.GetType(), options: ProtocolJson.Options);
        return http.SendAsync(request);
    }

    public async Task<Conversation> GenerateAsync(string userId = "dl_wangfang", string? name = "王芳")
    {
        var response = await SendAsync(HttpMethod.Post, "/tokens/generate", DirectLineAppFactory.Secret, new { user = new { id = userId, name } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Conversation>())!;
    }

    /// <summary>A generated token, used to start its conversation.</summary>
    public async Task<Conversation> StartAsync(string userId = "dl_wangfang")
    {
        var generated = await GenerateAsync(userId);
        var response = await SendAsync(HttpMethod.Post, "/conversations", generated.Token, new { user = new { id = userId }, locale = "zh-CN" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Conversation>())!;
    }

    public Task<HttpResponseMessage> PostAsync(Conversation conversation, string text, string? clientActivityId = null, string fromId = "r_someone") =>
        SendAsync(HttpMethod.Post, $"/conversations/{conversation.ConversationId}/activities", conversation.Token, new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "webchat",
            From = new ChannelAccount { Id = fromId, Role = "user" },
            Text = text,
            ChannelData = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
        });

    public async Task<ActivitySet> GetActivitiesAsync(Conversation conversation, string watermark = "")
    {
        var response = await SendAsync(HttpMethod.Get, $"/conversations/{conversation.ConversationId}/activities?watermark={watermark}", conversation.Token);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ActivitySet>(ProtocolJson.Options))!;
    }
}
