using BotApp.Bot.Features.CustomerLookup.Understanding;
using BotApp.Data.Entities;
using BotApp.Data.Import;

namespace BotApp.Bot.Tests.CustomerLookup.Understanding;

public sealed class IndustryWordsTests
{
    public static TheoryData<Industry> Industries => [.. Enum.GetValues<Industry>()];

    [Theory]
    [MemberData(nameof(Industries))]
    public void Every_industry_has_Chinese_words_that_are_understood(Industry industry)
    {
        var words = IndustryVocabulary.Chinese.Concat(ImportVocabulary.Industries).Where(w => w.Value == industry && w.Key.Any(c => c > '\u4E00')).Select(w => w.Key).ToList();

        Assert.NotEmpty(words);
        Assert.All(words, word => Assert.Equal(industry, LookupRecognizer.Recognize($"{word}客户").Lookup.Industry));
        Assert.All(words, word => Assert.Equal(industry, LookupRecognizer.Recognize($"查 宁波 {word}行业的客户").Lookup.Industry));
    }

    [Theory]
    [MemberData(nameof(Industries))]
    public void Every_industry_has_English_words_that_are_understood(Industry industry)
    {
        var words = IndustryVocabulary.English.Where(w => w.Value == industry).Select(w => w.Key).ToList();
        var plurals = IndustryVocabulary.EnglishPlurals.Where(w => w.Value == industry).Select(w => w.Key);

        Assert.NotEmpty(words);
        Assert.All(words, word => Assert.Equal(industry, LookupRecognizer.Recognize($"{word} customers").Lookup.Industry));
        Assert.All(words, word => Assert.Equal(industry, LookupRecognizer.Recognize($"find customers in the {word} sector").Lookup.Industry));
        Assert.All(plurals, word => Assert.Equal(industry, LookupRecognizer.Recognize($"find {word} in arrears").Lookup.Industry));
    }

    [Fact]
    public void Adds_no_word_the_import_vocabulary_already_has() =>
        Assert.Empty(IndustryVocabulary.Chinese.Keys.Intersect(ImportVocabulary.Industries.Keys, StringComparer.OrdinalIgnoreCase));
}
