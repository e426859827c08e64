using BotApp.Bot.Features.CustomerLookup.Cards;
using BotApp.Bot.Features.CustomerLookup.MessageExtension;

namespace BotApp.Bot.Features.CustomerLookup;

public static class CustomerLookupServiceCollectionExtensions
{
    /// <summary>Customer lookup: typed questions, result lists, customer and bills cards, and the Teams message extension.</summary>
    public static IServiceCollection AddCustomerLookup(this IServiceCollection services)
    {
        services.AddScoped<CustomerFinder>();
        services.AddScoped<CustomerListCard>();
        services.AddScoped<CustomerCard>();
        services.AddScoped<CustomerBillsCard>();
        services.AddSingleton<CustomerCardData>();
        services.AddScoped<ICardActionHandler, OpenCustomerAction>();
        services.AddScoped<ICardActionHandler, MoreCustomersAction>();
        services.AddScoped<ICardActionHandler, CustomerBillsAction>();
        services.AddCustomerLookupTeams<CustomerCardSource>();
        return services;
    }
}
