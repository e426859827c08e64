using System.Globalization;
using System.Text;
using BotApp.Data.Import;

namespace BotApp.Bot.Commands;

/// <summary>The arguments after "import": &lt;kind&gt; &lt;file&gt; [--encoding name] [--lang zh|en], options as "--x v" or "--x=v".</summary>
public sealed record ImportArguments(ImportKind Kind, string Path, Encoding? Encoding)
{
    /// <summary>Null when the arguments are wrong; <paramref name="culture"/> is set either way, for the usage text.</summary>
    public static ImportArguments? Parse(IReadOnlyList<string> args, out CultureInfo culture)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(args[i]);
                continue;
            }
            var equals = args[i].IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
                options[args[i][..equals]] = args[i][(equals + 1)..];
            else
                options[args[i]] = i + 1 < args.Count ? args[++i] : null;
        }
        culture = ImportText.CultureFor(options.GetValueOrDefault("--lang"));

        var encoding = options.GetValueOrDefault("--encoding") is { } name ? CsvEncoding.FromName(name) : null;
        var known = options.Keys.All(k => k.Equals("--lang", StringComparison.OrdinalIgnoreCase) || k.Equals("--encoding", StringComparison.OrdinalIgnoreCase));
        var optionsValid = known && options.Values.All(v => v is not null) && (encoding is not null || !options.ContainsKey("--encoding"));
        // Enum.TryParse also takes "1"; only the names count.
        return optionsValid && positional is [var kindName, var path] && !kindName.All(char.IsAsciiDigit)
               && Enum.TryParse<ImportKind>(kindName, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? new ImportArguments(kind, path, encoding)
            : null;
    }
}
