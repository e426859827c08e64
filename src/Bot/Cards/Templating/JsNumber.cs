using System.Globalization;
using System.Text;

namespace BotApp.Bot.Cards.Templating;

/// <summary>Number text exactly as JavaScript and d3-format write it, so bound cards match the reference engine.</summary>
internal static class JsNumber
{
    /// <summary>ECMAScript Number::toString: shortest round-trip digits, exponent form outside [1e-7, 1e21).</summary>
    public static string ToString(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsInfinity(value)) return value > 0 ? "Infinity" : "-Infinity";
        if (value == 0) return "0";

        var (digits, exponent) = Decompose(Math.Abs(value));
        var sign = value < 0 ? "-" : "";
        int k = digits.Length, n = exponent;
        if (k <= n && n <= 21) return sign + digits + new string('0', n - k);
        if (0 < n && n <= 21) return sign + digits[..n] + "." + digits[n..];
        if (-6 < n && n <= 0) return sign + "0." + new string('0', -n) + digits;

        var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
        var e = n - 1;
        return sign + mantissa + "e" + (e < 0 ? "-" : "+") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>d3-format's <c>",.{precision}f"</c>: fixed decimals, comma thousands, U+2212 minus.</summary>
    public static string FormatFixedGrouped(double value, int precision)
    {
        var text = Math.Abs(value).ToString("F" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var negative = value < 0 && text.Any(c => c is >= '1' and <= '9');
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? text : text[..point];
        var builder = new StringBuilder();
        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0) builder.Append(',');
            builder.Append(integer[i]);
        }
        return (negative ? "\u2212" : "") + builder + (point < 0 ? "" : text[point..]);
    }

    /// <summary>JavaScript's Math.round: halves go toward +infinity.</summary>
    public static double Round(double value)
    {
        var floor = Math.Floor(value);
        return value - floor >= 0.5 ? floor + 1 : floor;
    }

    /// <summary>Shortest round-trip significant digits and the decimal exponent n (value = 0.digits × 10^n).</summary>
    private static (string Digits, int Exponent) Decompose(double value)
    {
        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var ePos = roundTrip.IndexOfAny(['E', 'e']);
        var mantissa = ePos < 0 ? roundTrip : roundTrip[..ePos];
        var exp10 = ePos < 0 ? 0 : int.Parse(roundTrip[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = point < 0 ? mantissa : mantissa[..point];
        var fraction = point < 0 ? "" : mantissa[(point + 1)..];
        var all = intPart + fraction;
        var leadingZeros = all.Length - all.TrimStart('0').Length;
        var digits = all.Trim('0');
        return (digits, intPart.Length - leadingZeros + exp10);
    }
}
