namespace BotApp.Bot.DirectLine;

public static class DirectLineEndpoints
{
    /// <summary>
    /// <c>/v3/directline</c> (client and bot side) and the page's <c>/webchat/*</c> helpers. When the channel is
    /// off (DirectLine:Enabled false, or outside Development without DirectLine:Secret) nothing under
    /// /v3/directline exists (404) and /webchat/config tells the page so.
    /// </summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var mode = app.ServiceProvider.GetRequiredService<DirectLineMode>();
        app.MapWebChat(mode);
        if (!mode.Enabled)
            return app;
        app.MapGroup(DirectLineServiceUrl.Prefix)
            .MapTokenEndpoints()
            .MapConversationEndpoints()
            .MapBotEndpoints()
            .DisableAntiforgery();
        return app;
    }

    /// <summary>Serves the Web Chat page (wwwroot/index.html at /) and the Web Chat bundle the build copies to wwwroot/lib/.</summary>
    public static IApplicationBuilder UseWebChat(this IApplicationBuilder app) =>
        app.UseDefaultFiles().UseStaticFiles();
}
