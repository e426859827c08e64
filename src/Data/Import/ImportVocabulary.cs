using BotApp.Data.Entities;

namespace BotApp.Data.Import;

/// <summary>
/// The Chinese words BSS exports use for industries and agreement statuses. The English enum names are
/// accepted too (any case); docs/import.md lists both.
/// </summary>
public static class ImportVocabulary
{
    public static readonly IReadOnlyDictionary<string, Industry> Industries = new Dictionary<string, Industry>(StringComparer.OrdinalIgnoreCase)
    {
        ["政府"] = Industry.Government,
        ["政务"] = Industry.Government,
        ["党政军"] = Industry.Government,
        ["金融"] = Industry.Finance,
        ["教育"] = Industry.Education,
        ["医疗"] = Industry.Healthcare,
        ["医疗卫生"] = Industry.Healthcare,
        ["卫生"] = Industry.Healthcare,
        ["制造"] = Industry.Manufacturing,
        ["制造业"] = Industry.Manufacturing,
        ["工业"] = Industry.Manufacturing,
        ["交通"] = Industry.Transport,
        ["交通运输"] = Industry.Transport,
        ["交通物流"] = Industry.Transport,
        ["物流"] = Industry.Transport,
        ["能源"] = Industry.Energy,
        ["零售"] = Industry.Retail,
        ["商贸"] = Industry.Retail,
        ["批发零售"] = Industry.Retail,
        ["建筑"] = Industry.Construction,
        ["建筑业"] = Industry.Construction,
        ["房地产"] = Industry.Construction,
        ["农业"] = Industry.Agriculture,
        ["农林牧渔"] = Industry.Agriculture,
        ["媒体"] = Industry.Media,
        ["传媒"] = Industry.Media,
        ["文化传媒"] = Industry.Media,
        ["信息技术"] = Industry.InformationTechnology,
        ["互联网"] = Industry.InformationTechnology,
        ["IT"] = Industry.InformationTechnology,
        ["酒店"] = Industry.Hospitality,
        ["酒店餐饮"] = Industry.Hospitality,
        ["住宿餐饮"] = Industry.Hospitality,
        ["旅游"] = Industry.Hospitality,
        ["其他"] = Industry.Other,
        ["其它"] = Industry.Other,
    };

    public static readonly IReadOnlyDictionary<string, AgreementStatus> Statuses = new Dictionary<string, AgreementStatus>(StringComparer.OrdinalIgnoreCase)
    {
        ["草稿"] = AgreementStatus.Draft,
        ["生效"] = AgreementStatus.Active,
        ["有效"] = AgreementStatus.Active,
        ["执行中"] = AgreementStatus.Active,
        ["已续签"] = AgreementStatus.Renewed,
        ["续签"] = AgreementStatus.Renewed,
        ["已终止"] = AgreementStatus.Terminated,
        ["终止"] = AgreementStatus.Terminated,
    };

    public static bool TryIndustry(string text, out Industry value, out ImportReason reason) =>
        TryWord(Industries, text, ImportReason.UnknownIndustry, out value, out reason);

    public static bool TryStatus(string text, out AgreementStatus value, out ImportReason reason) =>
        TryWord(Statuses, text, ImportReason.UnknownStatus, out value, out reason);

    private static bool TryWord<T>(IReadOnlyDictionary<string, T> words, string text, ImportReason unknown, out T value, out ImportReason reason)
        where T : struct, Enum
    {
        reason = unknown;
        if (words.TryGetValue(text, out value))
            return true;
        // Only a defined name counts: Enum.TryParse alone would also take "3" or "Finance,Media".
        var name = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text.Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
        if (name is null)
            return false;
        value = Enum.Parse<T>(name);
        return true;
    }
}
