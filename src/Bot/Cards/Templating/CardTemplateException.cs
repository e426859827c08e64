namespace BotApp.Bot.Cards.Templating;

/// <summary>A template that cannot be parsed, or data it cannot be bound to (where the reference engine throws too).</summary>
public sealed class CardTemplateException : Exception
{
    public CardTemplateException()
    {
    }

    public CardTemplateException(string message) : base(message)
    {
    }

    public CardTemplateException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
