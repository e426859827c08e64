using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BotApp.Bot.Tests.Infrastructure;

namespace BotApp.Bot.Tests.Protocol;

public sealed class MessagesEndpointTests(BotAppFactory factory) : IClassFixture<BotAppFactory>
{
    [Theory]
    [InlineData("{ not json", HttpStatusCode.BadRequest)]
    [InlineData("[1,2,3]", HttpStatusCode.BadRequest)]
    [InlineData("{\"type\":\"message\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"no type\",\"conversation\":{\"id\":\"c\"}}", HttpStatusCode.BadRequest)]
    [InlineData("", HttpStatusCode.BadRequest)]
    public async Task Rejects_bad_bodies_with_a_short_problem_and_no_500(string body, HttpStatusCode expected)
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Rejects_a_wrong_content_type_with_415()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync("/api/messages", new StringContent("{\"type\":\"message\"}", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Rejects_a_body_over_1_MB_with_413_whether_or_not_its_length_is_declared()
    {
        var client = factory.CreateClient();
        var huge = "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"text\":\"" + new string('x', 1024 * 1024) + "\"}";

        var declared = await client.PostAsync("/api/messages", new StringContent(huge, Encoding.UTF8, "application/json"));
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var undeclared = await client.PostAsync("/api/messages", new NoLengthContent(chunked));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, undeclared.StatusCode);
    }

    [Fact]
    public async Task Keeps_serving_after_bad_requests()
    {
        var client = factory.CreateClient();
        await client.PostAsync("/api/messages", new StringContent("{ broken", Encoding.UTF8, "application/json"));

        var response = await client.PostActivityAsync(Activities.Message("help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Accepts_unknown_activity_types_and_unknown_entities_with_200_and_an_empty_body()
    {
        var client = factory.CreateClient();
        const string body = """
            {"TYPE":"somethingNew","id":"x1","channelId":"test","serviceUrl":"https://stub.channel.test/",
             "from":{"id":"u"},"recipient":{"id":"bot"},"conversation":{"id":"c-unknown"},
             "entities":[{"type":"ProductInfo","id":12},{"type":"QuotedReply","quotedReply":{"messageId":"1"}}],
             "brandNewField":{"nested":true}}
            """;

        var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Hides Content-Length so the server must enforce the limit while reading (chunked upload).</summary>
    private sealed class NoLengthContent : HttpContent
    {
        private readonly HttpContent _inner;

        public NoLengthContent(HttpContent inner)
        {
            _inner = inner;
            Headers.ContentType = inner.Headers.ContentType;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _inner.Dispose();
            base.Dispose(disposing);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _inner.CopyToAsync(stream);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
