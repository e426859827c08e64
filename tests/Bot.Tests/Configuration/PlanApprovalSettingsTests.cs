using BotApp.Bot.Tests.Infrastructure;
using BotApp.Data.Entities;
using BotApp.Handlers.Plans;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BotApp.Bot.Tests.Configuration;

/// <summary>The "PlanApproval" section as the host reads it (ADR-016): shipped defaults, overrides, and a refusal at startup.</summary>
public sealed class PlanApprovalSettingsTests
{
    [Fact]
    public void The_shipped_settings_route_by_the_tiers_of_ADR_016()
    {
        using var factory = new BotAppFactory();

        var options = factory.Services.GetRequiredService<IOptions<PlanApprovalOptions>>().Value;

        Assert.Equal([(25m, 200_000m), ((decimal?)null, (decimal?)null)], options.Tiers.Select(t => (t.MaxDiscountPercent, t.MaxConcessionValue)));
        Assert.Equal([ApprovalStepKind.BusinessManagement, ApprovalStepKind.Leadership], options.Tiers[1].Steps);
        Assert.Equal("Asia/Shanghai", factory.Services.GetRequiredService<PlanCalendar>().Zone.Id);
    }

    [Fact]
    public void Tiers_and_the_calendar_given_in_configuration_replace_the_defaults()
    {
        var options = Read(new()
        {
            ["Tiers:0:Name"] = "A",
            ["Tiers:0:MaxDiscountPercent"] = "15.5",
            ["Tiers:0:Steps:0"] = "BusinessManagement",
            ["Tiers:1:Name"] = "B",
            ["Tiers:1:Steps:0"] = "leadership",
            ["Holidays:0"] = "2026-10-01",
            ["MakeUpWorkdays:0"] = "2026-10-10",
            ["ImplementationDue"] = "2",
            ["ExpiryReminderDays"] = "45",
        });

        Assert.Equal(["A", "B"], options.Tiers.Select(t => t.Name));
        Assert.Equal((15.5m, (decimal?)null), (options.Tiers[0].MaxDiscountPercent, options.Tiers[0].MaxConcessionValue));
        Assert.Equal([ApprovalStepKind.Leadership], options.Tiers[1].Steps);
        Assert.Equal([new DateOnly(2026, 10, 1)], options.Holidays);
        Assert.Equal([new DateOnly(2026, 10, 10)], options.MakeUpWorkdays);
        Assert.Equal((2, 45), (options.ImplementationDue, options.ExpiryReminderDays));
        Assert.Empty(PlanApprovalOptionsValidator.Problems(options));
    }

    [Fact]
    public void Values_that_cannot_be_read_are_named()
    {
        var options = Read(new() { ["Tiers:0:Name"] = "1", ["Tiers:0:MaxDiscountPercent"] = "25%", ["Tiers:0:Steps:0"] = "Approver", ["Holidays:0"] = "2026/10/01" });

        Assert.Equal(3, options.ReadErrors.Count);
        Assert.Contains(options.ReadErrors, e => e.StartsWith("PlanApproval:Holidays:0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_configuration_that_leaves_plans_without_a_route_stops_the_bot_at_startup()
    {
        using var factory = new BotAppFactory();
        factory.Settings["PlanApproval:Tiers:1:MaxDiscountPercent"] = "50";

        var error = Record.Exception(() => factory.Services);

        Assert.Contains(Chain(error), e => e is OptionsValidationException && e.Message.Contains("last tier", StringComparison.Ordinal));
    }

    private static PlanApprovalOptions Read(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.ToDictionary(s => $"{PlanApprovalOptions.Section}:{s.Key}", s => s.Value))
            .Build();
        var options = new PlanApprovalOptions();
        PlanApprovalConfiguration.Read(configuration.GetSection(PlanApprovalOptions.Section), options);
        return options;
    }

    private static IEnumerable<Exception> Chain(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            yield return error;
            if (error is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                    yield return inner;
        }
    }
}
