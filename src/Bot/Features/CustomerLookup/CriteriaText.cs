using BotApp.Bot.Features.CustomerLookup.Understanding;
using BotApp.Bot.Localization;
using BotApp.Data.Entities;

namespace BotApp.Bot.Features.CustomerLookup;

/// <summary>What was searched for, in the reader's words: "名称含“宁波港”、有欠费" / "a name containing “ningbo”, arrears".</summary>
public static class CriteriaText
{
    public static string Of(LookupRecognition recognition, ILocalizer texts, string? locale)
    {
        var parts = recognition.Criteria().Select(criterion => criterion switch
        {
            LookupCriterion.ByCode c => texts.Get(TextKeys.LookupCriterionCode, locale, c.Code),
            LookupCriterion.ByName n => texts.Get(TextKeys.LookupCriterionName, locale, n.Fragment),
            LookupCriterion.Mine => texts.Get(TextKeys.LookupCriterionMine, locale),
            LookupCriterion.ByGrade g => texts.Get(TextKeys.LookupCriterionGrade, locale, g.Stars),
            LookupCriterion.ByIndustry i => texts.Get(TextKeys.LookupCriterionIndustry, locale, texts.Name<Industry>(i.Industry, locale)),
            LookupCriterion.InArrears => texts.Get(TextKeys.LookupCriterionArrears, locale),
            LookupCriterion.AgreementsEnding { Window.ThisMonth: true } => texts.Get(TextKeys.LookupCriterionAgreementsThisMonth, locale),
            LookupCriterion.AgreementsEnding a => texts.Get(TextKeys.LookupCriterionAgreementsDays, locale, a.Window.Days),
            _ => criterion.ToString(),
        }).ToList();
        if (parts.Count == 0)
            parts.Add(texts.Get(TextKeys.LookupCriterionAll, locale));
        return string.Join(texts.Get(TextKeys.LookupCriteriaSeparator, locale), parts);
    }
}
