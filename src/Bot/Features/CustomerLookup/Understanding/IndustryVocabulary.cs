using BotApp.Data.Entities;

namespace BotApp.Bot.Features.CustomerLookup.Understanding;

/// <summary>
/// Industry words people use in chat beyond the BSS export words of Data/Import/ImportVocabulary (which
/// <see cref="IndustryWords"/> reads too, so they are not repeated here). Every <see cref="Industry"/> has words in both
/// languages. "port" is left out on purpose: "ningbo port customers" is a name far more often than an industry.
/// </summary>
public static class IndustryVocabulary
{
    public static IReadOnlyDictionary<string, Industry> Chinese { get; } = Words(StringComparer.Ordinal,
        (Industry.Government, "政府机关|机关"),
        (Industry.Finance, "银行|保险|证券"),
        (Industry.Education, "学校|高校|中小学"),
        (Industry.Healthcare, "医院|卫生院|诊所"),
        (Industry.Manufacturing, "工厂"),
        (Industry.Transport, "港口|航运|运输"),
        (Industry.Energy, "电力|燃气|石化"),
        (Industry.Retail, "超市|商超"),
        (Industry.Construction, "地产"),
        (Industry.Agriculture, "农林"),
        (Industry.Media, "广电|广告"),
        (Industry.InformationTechnology, "软件"),
        (Industry.Hospitality, "餐饮|宾馆"));

    /// <summary>Singular words and adjectives: they need "customers", "industry"/"sector" after them or "in" before them.</summary>
    public static IReadOnlyDictionary<string, Industry> English { get; } = Words(StringComparer.OrdinalIgnoreCase,
        (Industry.Government, "government|public sector"),
        (Industry.Finance, "finance|financial|banking|bank|insurance"),
        (Industry.Education, "education|educational|school|university"),
        (Industry.Healthcare, "healthcare|health care|health|medical|hospital"),
        (Industry.Manufacturing, "manufacturing|industrial|factory"),
        (Industry.Transport, "transport|transportation|logistics|shipping"),
        (Industry.Energy, "energy|power|utility|utilities"),
        (Industry.Retail, "retail|trade|trading|wholesale|e-commerce"),
        (Industry.Construction, "construction|real estate"),
        (Industry.Agriculture, "agriculture|agricultural|farming"),
        (Industry.Media, "media|advertising|publishing"),
        (Industry.InformationTechnology, "information technology|technology|tech|software|internet"),
        (Industry.Hospitality, "hospitality|hotel|catering|tourism"),
        (Industry.Other, "other"));

    /// <summary>Plurals name a kind of customer, never one customer, so they count on their own: "find hospitals in arrears".</summary>
    public static IReadOnlyDictionary<string, Industry> EnglishPlurals { get; } = Words(StringComparer.OrdinalIgnoreCase,
        (Industry.Government, "government agencies"),
        (Industry.Finance, "banks|insurers"),
        (Industry.Education, "schools|universities"),
        (Industry.Healthcare, "hospitals|clinics"),
        (Industry.Manufacturing, "manufacturers|factories"),
        (Industry.Transport, "logistics companies"),
        (Industry.Energy, "power companies"),
        (Industry.Retail, "retailers|supermarkets"),
        (Industry.Construction, "builders"),
        (Industry.Agriculture, "farms"),
        (Industry.Media, "media companies"),
        (Industry.InformationTechnology, "software companies"),
        (Industry.Hospitality, "hotels|restaurants"));

    private static Dictionary<string, Industry> Words(StringComparer comparer, params (Industry Industry, string Words)[] industries) =>
        industries.SelectMany(i => i.Words.Split('|').Select(w => (Word: w, i.Industry))).ToDictionary(w => w.Word, w => w.Industry, comparer);
}
