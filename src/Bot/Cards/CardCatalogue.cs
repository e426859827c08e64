using System.Collections.Frozen;
using BotApp.Bot.Cards.Templating;

namespace BotApp.Bot.Cards;

/// <summary>
/// Every template in the <c>cards/</c> folder beside the binary, parsed once at startup and kept
/// for the life of the process; a template is named by its file name (<c>plan-status</c> is
/// <c>cards/plan-status.json</c>). A malformed template fails here, not in the middle of a turn.
/// </summary>
public sealed class CardCatalogue
{
    public const string FolderName = "cards";

    private readonly FrozenDictionary<string, CardTemplate> _templates;

    public CardCatalogue(IReadOnlyDictionary<string, CardTemplate> templates) =>
        _templates = templates.ToFrozenDictionary(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _templates.Keys;

    public CardTemplate Get(string name) =>
        _templates.TryGetValue(name, out var template)
            ? template
            : throw new ArgumentException($"No card template '{name}' in {FolderName}/ (known: {string.Join(", ", _templates.Keys.Order(StringComparer.Ordinal))}).", nameof(name));

    public static CardCatalogue Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"Card templates folder '{directory}' is missing; the Bot project copies cards/*.json there.");
        var templates = new Dictionary<string, CardTemplate>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*.json"))
        {
            try
            {
                templates[Path.GetFileNameWithoutExtension(path)] = CardTemplate.Parse(File.ReadAllText(path));
            }
            catch (Exception e) when (e is CardTemplateException or System.Text.Json.JsonException)
            {
                throw new CardTemplateException($"Card template '{path}' is invalid: {e.Message}", e);
            }
        }
        return new CardCatalogue(templates);
    }
}
