using BotApp.Data;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Bot.Health;

/// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: and the database does too.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", async (BotDbContext db, CancellationToken cancellationToken) =>
        {
            try
            {
                return await db.Database.CanConnectAsync(cancellationToken)
                    && await db.Database.SqlQueryRaw<int>("SELECT 1 AS Value").SingleAsync(cancellationToken) == 1
                    ? Results.Text("ready")
                    : Results.Problem(statusCode: 503, title: "Database unreachable");
            }
            catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                return Results.Problem(statusCode: 503, title: "Database unreachable", detail: ex.Message);
            }
        });
        return app;
    }
}
