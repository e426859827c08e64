using System.Globalization;
using System.Text.Json.Nodes;
using BotApp.Bot.Features.CustomerLookup.Charts;
using BotApp.Bot.Localization;
using BotApp.Data.Entities;
using BotApp.Handlers.Customers;

namespace BotApp.Bot.Features.CustomerLookup.Cards;

/// <summary>The customer card's data (cards/customer.json) from a <see cref="CustomerDetail"/>, for one reader and one disclosure.</summary>
public sealed class CustomerCardData(ILocalizer texts)
{
    /// <summary>Lines per section; the rest are counted ("and 3 more") so the card stays readable and small.</summary>
    public const int LinesPerSection = 5;

    public JsonObject Build(CustomerDetail c, Disclosure disclosure, string? locale, string? timeZone)
    {
        string T(string key, params object[] args) => texts.Get(key, locale, args);
        string Money(decimal yuan) => MoneyText.Format(yuan, locale);
        var english = ResxLocalizer.IsEnglish(locale);
        var data = new JsonObject
        {
            ["name"] = english && c.NameEn is { Length: > 0 } ? c.NameEn : c.Name,
            ["code"] = c.Code,
            ["stars"] = CustomerFlags.Stars(c.Grade),
            ["badges"] = Badges(c, disclosure, locale),
            ["facts"] = Facts(c, disclosure, locale),
        };
        if ((english ? c.Name : c.NameEn) is { Length: > 0 } otherName)
            data["nameEn"] = otherName;
        if (disclosure == Disclosure.Least)
            return data;
        if (c.IsRedListed)
            data["redListNote"] = T(TextKeys.CustomerRedListNote);
        JsonObject Section(string title, IEnumerable<JsonObject> lines) => SectionOf(title, lines, locale);
        var trend = c.RevenueTrend;
        data["revenue"] = new JsonObject
        {
            ["title"] = T(TextKeys.CustomerLabelRevenue, DisplayFormats.Month(c.LatestRevenue.Month, locale), Money(c.LatestRevenue.Revenue)),
            ["trend"] = T(TextKeys.CustomerLabelTrend, DisplayFormats.Month(trend[0].Month, locale), DisplayFormats.Month(trend[^1].Month, locale)),
            ["chart"] = TrendChart.RenderDataUri([.. trend.Select(m => m.Revenue)], trend.Count - 1),
            ["chartAlt"] = T(TextKeys.CustomerLabelTrendAlt, Money(trend.Max(m => m.Revenue))),
        };
        var sections = new JsonArray
        {
            Section(T(TextKeys.CustomerLabelProducts), c.Products.Select(p => Line(T(TextKeys.CustomerProductLine, english ? p.NameEn ?? p.Name : p.Name, p.Quantity)))),
            Section(T(TextKeys.CustomerLabelAgreements), c.Agreements.Select(a => a.DaysLeft < 0
                ? Line(T(TextKeys.CustomerAgreementLapsed, a.Number, DisplayFormats.Date(a.EndOn), -a.DaysLeft), "Attention")
                : Line(T(TextKeys.CustomerAgreementLine, a.Number, DisplayFormats.Date(a.EndOn), a.DaysLeft), a.DaysLeft <= 30 ? "Warning" : "Default"))),
            Section(c.ArrearsTotal > 0 ? T(TextKeys.CustomerLabelArrears, Money(c.ArrearsTotal)) : T(TextKeys.CustomerLabelArrearsNone), c.Arrears.Select(a => a.DaysOverdue > 0
                ? Line(T(TextKeys.CustomerArrearsLine, Money(a.Amount), DisplayFormats.Month(a.BillMonth, locale), a.DaysOverdue, texts.Name(a.Age, locale)), "Attention")
                : Line(T(TextKeys.CustomerArrearsNotDue, Money(a.Amount), DisplayFormats.Month(a.BillMonth, locale), DisplayFormats.Date(a.DueOn))))),
            Section(T(TextKeys.CustomerLabelWorkOrders), c.OpenWorkOrders.Select(w => Line(
                T(TextKeys.CustomerWorkOrderLine, texts.Name(w.Kind, locale), w.Number, w.Subject, texts.Name(w.Status, locale), DisplayFormats.LocalTime(w.DueAt, timeZone))
                    + (w.IsOverdue ? $" · {T(TextKeys.CustomerWorkOrderOverdue)}" : ""),
                w.IsOverdue ? "Attention" : "Default"))),
        };
        if (disclosure == Disclosure.Full)
            sections.Add(Section(T(TextKeys.CustomerLabelPlans), c.Plans.Select(p => Line(T(TextKeys.CustomerPlanLine,
                english ? p.TariffEn ?? p.Tariff : p.Tariff, p.DiscountPercent.ToString("0.##", CultureInfo.InvariantCulture), Money(p.Subsidy), texts.Name(p.Status, locale))))));
        sections.Add(Section(T(TextKeys.CustomerLabelContacts), c.Contacts.Select(k => Line(T(TextKeys.CustomerContactLine, k.Name,
            k.IsKeyPerson ? $"{k.Title} · {T(TextKeys.CustomerContactKey)}" : k.Title ?? "", disclosure == Disclosure.Full ? k.Phone ?? "" : "").TrimEnd()))));
        data["sections"] = sections;
        if (disclosure == Disclosure.Full && c.Contacts.Any(k => k.PhoneMasked))
            data["footnote"] = T(TextKeys.CustomerContactMasked);
        return data;
    }

    private JsonArray Badges(CustomerDetail c, Disclosure disclosure, string? locale)
    {
        var badges = new JsonArray();
        if (c.IsVip)
            badges.Add(CustomerFlags.Flag(texts.Get(TextKeys.LookupFlagVip, locale), "Good"));
        if (c.IsRedListed && disclosure != Disclosure.Least)
            badges.Add(CustomerFlags.Flag(texts.Get(TextKeys.LookupFlagRedList, locale), "Attention"));
        return badges;
    }

    private JsonArray Facts(CustomerDetail c, Disclosure disclosure, string? locale)
    {
        JsonObject Fact(string key, string value) => new() { ["title"] = texts.Get(key, locale), ["value"] = value };
        string Person(StaffContact s) => disclosure != Disclosure.Least && s.Phone is { Length: > 0 } phone ? $"{s.Name} {phone}" : s.Name;
        var facts = new JsonArray
        {
            Fact(TextKeys.CustomerLabelIndustry, texts.Name<Industry>(c.Industry, locale)),
            Fact(TextKeys.CustomerLabelRegion, ResxLocalizer.IsEnglish(locale) ? c.RegionEn ?? c.Region : c.Region),
            Fact(TextKeys.CustomerLabelAccountManager, Person(c.AccountManager)),
        };
        if (c.ServiceManager is { } serviceManager)
            facts.Add(Fact(TextKeys.CustomerLabelServiceManager, Person(serviceManager)));
        if (disclosure != Disclosure.Least)
            facts.Add(Fact(TextKeys.CustomerLabelMembers, c.MemberCount.ToString("#,0", CultureInfo.InvariantCulture)));
        return facts;
    }

    private JsonObject SectionOf(string title, IEnumerable<JsonObject> lines, string? locale)
    {
        var all = lines.ToList();
        var shown = new JsonArray([.. all.Take(LinesPerSection)]);
        if (all.Count == 0)
            shown.Add(Line(texts.Get(TextKeys.CustomerLabelNone, locale)));
        else if (all.Count > LinesPerSection)
            shown.Add(Line(texts.Get(TextKeys.CustomerLabelAndMore, locale, all.Count - LinesPerSection)));
        return new JsonObject { ["title"] = title, ["lines"] = shown };
    }

    private static JsonObject Line(string text, string color = "Default") => new() { ["text"] = text, ["color"] = color };
}
