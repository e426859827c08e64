using System.Text;

namespace BotApp.Data.Search;

/// <summary>
/// The one normalisation for customer names and the fragments searched for them (ADR-011): Unicode NFKC (full-width
/// Ａ１（ become A1(, the ideographic space a space), lower case, whitespace runs as one space, trimmed. Names and
/// queries go through the same code, so a full-width or upper-case query finds a half-width, lower-case name and
/// the other way round.
/// </summary>
public static class SearchText
{
    /// <summary>
    /// Separates and closes the stored names: "\n名称\nname en\n". A normalised fragment never contains it, so
    /// "\n" + fragment + "\n" matches a whole name and "\n" + fragment the start of one.
    /// </summary>
    public const char Boundary = '\n';

    /// <summary>What GroupCustomer.SearchText stores: both names, each between boundaries.</summary>
    public static string Of(string? name, string? nameEn)
    {
        var zh = Normalize(name);
        var en = Normalize(nameEn);
        return en.Length == 0 ? $"{Boundary}{zh}{Boundary}" : $"{Boundary}{zh}{Boundary}{en}{Boundary}";
    }

    /// <summary>A name fragment as typed; empty when nothing is left to search for.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != ' ')
                builder.Append(' ');
        }
        return builder.ToString().TrimEnd(' ');
    }

    /// <summary>Customer codes are compared exactly after the same folding, in upper case (C330200001).</summary>
    public static string NormalizeCode(string code) => Normalize(code).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
