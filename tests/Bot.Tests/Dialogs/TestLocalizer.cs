using System.Globalization;
using BotApp.Bot.Dialogs;
using BotApp.Bot.Localization;

namespace BotApp.Bot.Tests.Dialogs;

/// <summary>The dialog keys in both languages, as the bot's .resx files will have them; zh-CN unless the locale is English.</summary>
public sealed class TestLocalizer : ILocalizer
{
    private static Dictionary<string, (string Zh, string En)> Texts { get; } = new()
    {
        [DialogTextKeys.TextRetry] = ("请输入内容。", "Please type an answer."),
        [DialogTextKeys.NumberRetry] = ("请输入一个数字。", "Please enter a number."),
        [DialogTextKeys.NumberRange] = ("请输入 {0} 到 {1} 之间的数字。", "Please enter a number from {0} to {1}."),
        [DialogTextKeys.NumberMin] = ("请输入不小于 {0} 的数字。", "Please enter a number of at least {0}."),
        [DialogTextKeys.NumberMax] = ("请输入不大于 {0} 的数字。", "Please enter a number of at most {0}."),
        [DialogTextKeys.ChoiceRetry] = ("请从选项中选择一项，或输入序号。", "Please pick one of the options, or type its number."),
        [DialogTextKeys.ConfirmRetry] = ("请回答“是”或“否”。", "Please answer yes or no."),
        [DialogTextKeys.Yes] = ("是", "Yes"),
        [DialogTextKeys.No] = ("否", "No"),
        [DialogTextKeys.CardFormRetry] = ("请填写上面的卡片，或输入“取消”退出。", "Please fill in the card above, or type cancel."),
        [DialogTextKeys.CardFormReceived] = ("已收到。", "Received."),
        [DialogTextKeys.TooManyTries] = ("尝试次数过多，已退出当前操作。", "Too many tries; I have stopped this step."),
        [DialogTextKeys.Cancelled] = ("已取消。", "Cancelled."),
        [DialogTextKeys.NothingToCancel] = ("当前没有可取消的操作。", "There is nothing to cancel."),
    };

    public string Get(string key, string? locale, params object[] args)
    {
        var english = locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
        var (zh, en) = Texts[key];
        return string.Format(CultureInfo.GetCultureInfo(english ? "en-US" : "zh-CN"), english ? en : zh, args);
    }
}
