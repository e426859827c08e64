using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BotApp.Handlers.Plans;

public static class PlanApprovalServiceCollectionExtensions
{
    /// <summary>
    /// The plan approval rules the handlers read (ADR-016): tiers, working-day calendar, reminders. A configuration that
    /// cannot route every plan stops the host at startup. Needs a TimeProvider and the store (AddBotData).
    /// </summary>
    public static IServiceCollection AddPlanApprovals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PlanApprovalOptions>()
            .Configure(options => PlanApprovalConfiguration.Read(configuration.GetSection(PlanApprovalOptions.Section), options))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PlanApprovalOptions>, PlanApprovalOptionsValidator>();
        services.AddSingleton(provider => new PlanCalendar(provider.GetRequiredService<IOptions<PlanApprovalOptions>>().Value));
        return services;
    }
}
