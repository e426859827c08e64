namespace BotApp.Bot.Dialogs;

/// <summary>The resource keys dialogs ask <see cref="Localization.ILocalizer"/> for. Every key needs zh-CN and en text.</summary>
public static class DialogTextKeys
{
    public const string TextRetry = "Prompt.TextRetry";
    public const string NumberRetry = "Prompt.NumberRetry";
    public const string NumberRange = "Prompt.NumberRange";      // {0} min, {1} max
    public const string NumberMin = "Prompt.NumberMin";          // {0} min
    public const string NumberMax = "Prompt.NumberMax";          // {0} max
    public const string ChoiceRetry = "Prompt.ChoiceRetry";
    public const string ConfirmRetry = "Prompt.ConfirmRetry";
    public const string Yes = "Prompt.Yes";
    public const string No = "Prompt.No";
    public const string CardFormRetry = "Prompt.CardFormRetry";
    public const string CardFormReceived = "Prompt.CardFormReceived";
    public const string TooManyTries = "Prompt.TooManyTries";
    public const string Cancelled = "Dialog.Cancelled";
    public const string NothingToCancel = "Dialog.NothingToCancel";
}
