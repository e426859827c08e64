using System.Globalization;
using BotApp.Data.Rules;

namespace BotApp.Data.Import;

/// <summary>A parser of one cell's text; on failure, the reason.</summary>
public delegate bool FieldParser<T>(string text, out T value, out ImportReason reason);

/// <summary>How import cells are read (docs/import.md): invariant numbers, ISO or slash dates, yyyyMM months.</summary>
public static class FieldParsers
{
    /// <summary>¥1,000,000,000,000: far beyond any group's bill, and its fen still fit a SQLite integer.</summary>
    public const decimal MaxMoney = 1_000_000_000_000m;

    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d"];

    /// <summary>Yuan, at most two decimals (money is stored as fen, ADR-007), never negative.</summary>
    public static bool TryMoney(string text, out decimal value, out ImportReason reason)
    {
        reason = default;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value))
            reason = ImportReason.NotANumber;
        else if (value != decimal.Round(value, 2))
            reason = ImportReason.TooManyDecimals;
        else if (value < 0)
            reason = ImportReason.Negative;
        else if (value >= MaxMoney)
            reason = ImportReason.TooLarge;
        else
            return true;
        return false;
    }

    /// <summary>A whole number ≥ 0 (a member count).</summary>
    public static bool TryCount(string text, out int value, out ImportReason reason)
    {
        reason = default;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value))
            reason = decimal.TryParse(text, CultureInfo.InvariantCulture, out _) ? ImportReason.NotAnInteger : ImportReason.NotANumber;
        else if (value < 0)
            reason = ImportReason.Negative;
        else
            return true;
        return false;
    }

    /// <summary>yyyy-MM-dd or yyyy/M/d (Excel's Chinese default); leading zeros optional in both.</summary>
    public static bool TryDate(string text, out DateOnly value, out ImportReason reason)
    {
        reason = ImportReason.NotADate;
        return DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>yyyyMM (BSS 账期, e.g. 202610), yyyy-MM or yyyy/MM; the result is yyyyMM as an int (Rules/BillingMonth).</summary>
    public static bool TryMonth(string text, out int value, out ImportReason reason)
    {
        reason = ImportReason.NotAMonth;
        value = 0;
        var parts = text.Split('-', '/');
        var (year, month) = parts switch
        {
            [{ Length: 6 } both] => (both[..4], both[4..]),
            [{ Length: 4 } y, { Length: 1 or 2 } m] => (y, m),
            _ => ("", ""),
        };
        if (!year.All(char.IsAsciiDigit) || !month.All(char.IsAsciiDigit) || year.Length == 0)
            return false;
        value = (int.Parse(year, CultureInfo.InvariantCulture) * 100) + int.Parse(month, CultureInfo.InvariantCulture);
        return BillingMonth.IsValid(value) && value / 100 >= 1900;
    }

    /// <summary>是/否 and the usual yes/no spellings of exports.</summary>
    public static bool TryFlag(string text, out bool value, out ImportReason reason)
    {
        reason = ImportReason.NotAFlag;
        (var known, value) = text.ToUpperInvariant() switch
        {
            "是" or "Y" or "YES" or "TRUE" or "1" => (true, true),
            "否" or "N" or "NO" or "FALSE" or "0" => (true, false),
            _ => (false, false),
        };
        return known;
    }
}
