namespace BotApp.Bot.Features.CustomerLookup.Understanding;

/// <summary>Small counts as people type them: "30", "三十", "两", "一百二十". Enough for days, weeks, months and stars.</summary>
public static class ChineseNumber
{
    /// <summary>The pattern of a count, for use inside larger patterns.</summary>
    public const string Pattern = "(?:[0-9]{1,4}|[零一二两三四五六七八九十百]{1,5})";

    public static int? Parse(string text)
    {
        if (text.Length == 0)
            return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            return number;
        int total = 0, digit = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '十':
                    // "十五" is 15: a ten without a digit before it counts one ten.
                    total += (digit == 0 ? 1 : digit) * 10;
                    digit = 0;
                    break;
                case '百':
                    total += (digit == 0 ? 1 : digit) * 100;
                    digit = 0;
                    break;
                default:
                    var value = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
                    if (c == '两')
                        value = 2;
                    if (value < 0)
                        return null;
                    digit = value;
                    break;
            }
        }
        return total + digit;
    }
}
