using System.Text.Json.Nodes;
using BotApp.Bot.Localization;
using BotApp.Data.Rules;
using BotApp.Data.Search;

namespace BotApp.Bot.Features.CustomerLookup.Cards;

/// <summary>Stars and the warning flags a list row and a card header share.</summary>
public static class CustomerFlags
{
    public static string Stars(int grade) => new string('★', Math.Clamp(grade, 0, 5)) + new string('☆', 5 - Math.Clamp(grade, 0, 5));

    /// <summary>Arrears, and an active agreement ending within the renewal horizon (Rules/AgreementExpiry).</summary>
    public static JsonArray Of(CustomerSummary customer, DateOnly today, ILocalizer texts, string? locale)
    {
        var flags = new JsonArray();
        if (customer.HasArrears)
            flags.Add(Flag(texts.Get(TextKeys.LookupFlagArrears, locale), "Attention"));
        if (customer.AgreementEndsOn is { } endsOn && AgreementExpiry.WindowOf(endsOn, today) != RenewalWindow.NotYet)
        {
            var days = AgreementExpiry.DaysLeft(endsOn, today);
            flags.Add(days < 0
                ? Flag(texts.Get(TextKeys.LookupFlagAgreementLapsed, locale), "Attention")
                : Flag(texts.Get(TextKeys.LookupFlagAgreementEnding, locale, days), "Warning"));
        }
        return flags;
    }

    public static JsonObject Flag(string text, string color) => new() { ["text"] = text, ["color"] = color };
}
