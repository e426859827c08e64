using BotApp.Data.Demo;

namespace BotApp.Bot.Demo;

public static class DemoServiceCollectionExtensions
{
    /// <summary>Demo data on the first Development run (<see cref="DemoDataSeeder"/>).</summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDemoOptions(configuration);
        services.AddHostedService<DemoDataSeeder>();
        return services;
    }

    internal static IServiceCollection AddDemoOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoOptions>()
            .Bind(configuration.GetSection(DemoOptions.Section))
            .Validate(o => o.SeedCustomers is >= 0 and <= DemoSettings.MaxCustomers, $"Demo:SeedCustomers must be between 0 and {DemoSettings.MaxCustomers}.")
            .ValidateOnStart();
        return services;
    }
}
