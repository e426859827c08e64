using System.Globalization;
using BotApp.Data.Entities;
using Microsoft.Extensions.Configuration;

namespace BotApp.Handlers.Plans;

/// <summary>
/// Reads the "PlanApproval" section by hand (Handlers carries no configuration binder). A list given in configuration
/// replaces the default rather than appending to it; what cannot be read is kept in ReadErrors for the validator, so a
/// typo stops the bot at startup with the key named instead of silently routing by the defaults.
/// </summary>
public static class PlanApprovalConfiguration
{
    public static void Read(IConfiguration section, PlanApprovalOptions options)
    {
        var errors = options.ReadErrors;
        if (section.GetSection(nameof(options.Tiers)).GetChildren().ToList() is { Count: > 0 } tiers)
            options.Tiers = tiers.Select(tier => ReadTier(tier, errors)).ToList();
        if (Dates(section, nameof(options.Holidays), errors) is { } holidays)
            options.Holidays = holidays;
        if (Dates(section, nameof(options.MakeUpWorkdays), errors) is { } makeUp)
            options.MakeUpWorkdays = makeUp;
        options.ImplementationDue = Number<int>(section.GetSection(nameof(options.ImplementationDue)), errors, int.TryParse) ?? options.ImplementationDue;
        options.ExpiryReminderDays = Number<int>(section.GetSection(nameof(options.ExpiryReminderDays)), errors, int.TryParse) ?? options.ExpiryReminderDays;
        if (section[nameof(options.TimeZone)] is { Length: > 0 } zone)
            options.TimeZone = zone;
    }

    private static PlanTier ReadTier(IConfigurationSection tier, List<string> errors) => new()
    {
        Name = tier[nameof(PlanTier.Name)] ?? "",
        MaxDiscountPercent = Number<decimal>(tier.GetSection(nameof(PlanTier.MaxDiscountPercent)), errors, decimal.TryParse),
        MaxConcessionValue = Number<decimal>(tier.GetSection(nameof(PlanTier.MaxConcessionValue)), errors, decimal.TryParse),
        Steps = tier.GetSection(nameof(PlanTier.Steps)).GetChildren().Select(step => Step(step, errors)).OfType<ApprovalStepKind>().ToList(),
    };

    private static ApprovalStepKind? Step(IConfigurationSection step, List<string> errors)
    {
        if (Enum.TryParse<ApprovalStepKind>(step.Value, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(step.Value, out _))
            return kind;
        errors.Add($"{step.Path}: '{step.Value}' is not a step ({string.Join(", ", Enum.GetNames<ApprovalStepKind>())})");
        return null;
    }

    private static List<DateOnly>? Dates(IConfiguration section, string key, List<string> errors)
    {
        var items = section.GetSection(key).GetChildren().ToList();
        if (items.Count == 0)
            return null;
        List<DateOnly> dates = [];
        foreach (var item in items)
        {
            if (DateOnly.TryParseExact(item.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                dates.Add(date);
            else
                errors.Add($"{item.Path}: '{item.Value}' is not a date (yyyy-MM-dd)");
        }
        return dates;
    }

    private delegate bool Parser<T>(string? text, NumberStyles style, IFormatProvider provider, out T value);

    /// <summary>Null when the key is absent or empty (no limit / keep the default); an unreadable value is an error.</summary>
    private static T? Number<T>(IConfigurationSection key, List<string> errors, Parser<T> parse)
        where T : struct
    {
        if (string.IsNullOrWhiteSpace(key.Value))
            return null;
        if (parse(key.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            return value;
        errors.Add($"{key.Path}: '{key.Value}' is not a number");
        return null;
    }
}
