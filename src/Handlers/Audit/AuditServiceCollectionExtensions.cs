using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Handlers.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit trail the handlers record lookups to (ADR-012). Needs the store (AddBotData) and a TimeProvider.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddSingleton(AuditOptions.From(configuration));
        services.AddSingleton<AuditTrail>();
        return services;
    }
}
