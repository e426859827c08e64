using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotApp.Bot.Notices;

public static class NoticesServiceCollectionExtensions
{
    /// <summary>
    /// The outbox dispatcher (section <c>Outbox</c>), its wake-up signal, <see cref="StaffChannelIds"/> and the periodic job
    /// runner. Needs the store, the Connector client, the turn middleware (its reference cache) and a TimeProvider.
    /// </summary>
    public static IServiceCollection AddNotices(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var options = services.AddOptions<OutboxOptions>();
        if (configuration is not null)
            options.Bind(configuration.GetSection(OutboxOptions.Section));
        options.Validate(o => o.IsValid(), "Outbox options are out of range: PollInterval, RetryDelay and MaxAttempts must be positive, MaxRetryDelay >= RetryDelay.")
            .ValidateOnStart();

        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<NoticeSender>();
        services.TryAddSingleton<OutboxDelivery>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.TryAddScoped<StaffChannelIds>();
        services.AddHostedService<PeriodicJobs>();
        return services;
    }

    /// <summary>A renderer for one notice kind, resolved per message in that message's scope.</summary>
    public static IServiceCollection AddNoticeRenderer<TRenderer>(this IServiceCollection services) where TRenderer : class, INoticeRenderer =>
        services.AddScoped<INoticeRenderer, TRenderer>();

    public static IServiceCollection AddPeriodicJob<TJob>(this IServiceCollection services) where TJob : class, IPeriodicJob =>
        services.AddSingleton<IPeriodicJob, TJob>();
}
