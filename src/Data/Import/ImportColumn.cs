namespace BotApp.Data.Import;

/// <summary>
/// A column an import understands, under its Chinese and English header names and the other names BSS exports
/// use for it. Header matching ignores case, surrounding spaces, and treats spaces and hyphens as underscores.
/// </summary>
public sealed class ImportColumn(string chinese, string english, bool required, params string[] aliases)
{
    private readonly HashSet<string> _names = [.. new[] { chinese, english }.Concat(aliases).Select(Normalise)];

    public string Chinese => chinese;
    public string English => english;
    public bool Required => required;

    /// <summary>How the report names a column the file does not have.</summary>
    public string Display => $"{chinese} / {english}";

    public bool Matches(string header) => _names.Contains(Normalise(header));

    public static string Normalise(string header) =>
        header.Trim().TrimStart('\uFEFF').Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
}
