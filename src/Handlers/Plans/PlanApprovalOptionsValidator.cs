using BotApp.Data.Entities;
using Microsoft.Extensions.Options;

namespace BotApp.Handlers.Plans;

/// <summary>
/// Refuses at startup a configuration that would route plans wrongly: every plan must fall in some tier (the last is
/// unlimited), every tier must have approvers, and tiers must widen in order so none is unreachable by accident.
/// </summary>
public sealed class PlanApprovalOptionsValidator : IValidateOptions<PlanApprovalOptions>
{
    public ValidateOptionsResult Validate(string? name, PlanApprovalOptions options) =>
        Problems(options) is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;

    public static List<string> Problems(PlanApprovalOptions options)
    {
        List<string> problems = [.. options.ReadErrors];
        var tiers = options.Tiers;
        if (tiers.Count == 0)
            problems.Add("PlanApproval:Tiers: at least one tier is needed");
        else if (!tiers[^1].IsUnlimited)
            problems.Add($"PlanApproval:Tiers: the last tier ('{tiers[^1].Name}') must have no limits, so every plan has a route");
        for (var i = 0; i < tiers.Count; i++)
            problems.AddRange(TierProblems(tiers[i], i == 0 ? null : tiers[i - 1]).Select(p => $"PlanApproval:Tiers:{i} ('{tiers[i].Name}'): {p}"));
        if (tiers.Select(t => t.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != tiers.Count)
            problems.Add("PlanApproval:Tiers: names must be unique");
        if (options.ImplementationDue is < 1 or > 20)
            problems.Add("PlanApproval:ImplementationDue: 1 to 20 working days");
        if (options.ExpiryReminderDays is < 1 or > 366)
            problems.Add("PlanApproval:ExpiryReminderDays: 1 to 366 days");
        if (PlanCalendar.FindZone(options.TimeZone) is null)
            problems.Add($"PlanApproval:TimeZone: '{options.TimeZone}' is not a known time zone");
        if (options.Holidays.Intersect(options.MakeUpWorkdays).Any())
            problems.Add("PlanApproval: a date cannot be both a holiday and a make-up workday");
        if (options.MakeUpWorkdays.Any(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)))
            problems.Add("PlanApproval:MakeUpWorkdays: only Saturdays and Sundays (weekdays are working days anyway)");
        return problems;
    }

    private static IEnumerable<string> TierProblems(PlanTier tier, PlanTier? previous)
    {
        if (string.IsNullOrWhiteSpace(tier.Name))
            yield return "a name is needed (approvers' cards quote it)";
        if (tier.Steps.Count == 0)
            yield return "at least one step is needed";
        if (tier.Steps.Any(s => s is ApprovalStepKind.Implementation or ApprovalStepKind.CooperationManagement))
            yield return "Implementation and CooperationManagement are added to every route by rule, not by tier";
        if (tier.Steps.Distinct().Count() != tier.Steps.Count)
            yield return "a step appears twice";
        if (tier.MaxDiscountPercent is < 0 or >= 100 || tier.MaxConcessionValue is < 0)
            yield return "limits are 0 ≤ MaxDiscountPercent < 100 and MaxConcessionValue ≥ 0";
        if (previous is null)
            yield break;
        if (Narrower(tier.MaxDiscountPercent, previous.MaxDiscountPercent) || Narrower(tier.MaxConcessionValue, previous.MaxConcessionValue))
            yield return "limits must not be lower than the tier before (tiers are read in order, the first that admits a plan wins)";
        else if (tier.MaxDiscountPercent == previous.MaxDiscountPercent && tier.MaxConcessionValue == previous.MaxConcessionValue)
            yield return "same limits as the tier before: no plan could reach it";
    }

    /// <summary>A limit below the previous one (null = unlimited, the widest).</summary>
    private static bool Narrower(decimal? limit, decimal? previous) => previous is null ? limit is not null : limit < previous;
}
