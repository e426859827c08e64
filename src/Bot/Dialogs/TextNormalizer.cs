using System.Text;

namespace BotApp.Bot.Dialogs;

/// <summary>
/// Puts typed text in one comparable form. NFKC turns full-width letters, digits and signs (what a Chinese
/// IME produces: "５０", "ＯＫ", "！") into their ASCII forms; a trailing "。" or "!" is not part of the answer.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var s = text.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant();
        var end = s.Length;
        while (end > 0 && (char.IsPunctuation(s[end - 1]) || s[end - 1] == '~' || char.IsWhiteSpace(s[end - 1])))
            end--;
        // Text that is nothing but punctuation ("?") is kept: it can be a command on its own.
        return end == 0 ? s : s[..end];
    }
}
