namespace BotApp.Bot.Dialogs.Prompts;

/// <summary>Finds the choice a user meant: its title, value or a synonym (normalized), or its 1-based number.</summary>
internal static class ChoiceRecognizer
{
    public static int? Find(string? text, IReadOnlyList<Choice> choices)
    {
        var input = TextNormalizer.Normalize(text);
        if (input.Length == 0)
            return null;
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            string[] names = [choice.DisplayTitle, choice.Value, .. choice.Synonyms ?? []];
            if (names.Any(name => TextNormalizer.Normalize(name) == input))
                return i;
        }
        return int.TryParse(input, out var number) && number >= 1 && number <= choices.Count ? number - 1 : null;
    }
}
