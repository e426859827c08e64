using BotApp.Bot.Cards;
using BotApp.Bot.Dialogs;
using BotApp.Bot.Features.CustomerLookup;
using BotApp.Bot.Features.CustomerLookup.MessageExtension;
using BotApp.Bot.Features.CustomerLookup.Understanding;
using BotApp.Bot.Features.Help;
using BotApp.Bot.Features.Welcome;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Features;

/// <summary>
/// The bot: global commands first (cancel, help), then the active dialog, then card buttons by verb,
/// then what people type: a feature's typed command (<see cref="ITypedCommand"/>), otherwise a customer lookup. It does no business work itself; features and handlers do.
/// </summary>
public sealed class BotAppBot(
    DialogSet dialogs, CardActionRouter cardActions, HelpCard help, WelcomeCard welcome, ILocalizer texts,
    CustomerFinder customers, CustomerMessageExtension messageExtension, TypedCommands commands) : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // "@BotApp 查 宁波港" in a channel: commands and questions are read without the bot's own mention.
        turnContext.Activity.Text = turnContext.Activity.TextWithoutRecipientMention();
        if (await ContinueDialogAsync(turnContext, cancellationToken))
            return;
        if (AdaptiveCardAction.From(turnContext.Activity) is { } action)
        {
            await cardActions.RouteAsync(turnContext, action.Verb, action.Data, cancellationToken);
            return;
        }
        // What is typed and is no command is a customer lookup; one that finds nothing says what was tried.
        var text = turnContext.Activity.Text?.Trim();
        if (!string.IsNullOrEmpty(text) && !await commands.TryHandleAsync(turnContext, text, cancellationToken))
            await customers.AnswerAsync(turnContext, text, cancellationToken);
    }

    protected override async Task OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await messageExtension.TryHandleAsync(turnContext, cancellationToken))
            return;
        if (turnContext.Activity.Name != "adaptiveCard/action")
            return; // the adapter answers 501, as Bot Builder does for invokes nobody handles
        if (AdaptiveCardAction.From(turnContext.Activity) is not { } action)
        {
            turnContext.InvokeResponse = InvokeResponse.Error(400, "BadRequest", "The invoke has no Action.Execute with a verb.");
            return;
        }
        if (await ContinueDialogAsync(turnContext, cancellationToken))
        {
            turnContext.InvokeResponse ??= InvokeResponse.Message(texts.Get(TextKeys.Done, turnContext.Activity.Locale));
            return;
        }
        await cardActions.RouteAsync(turnContext, action.Verb, action.Data, cancellationToken);
    }

    /// <summary>Global commands, then the active dialog. True when either took the turn.</summary>
    private async Task<bool> ContinueDialogAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken);
        if (await new InterruptionHandler(texts, help.SendAsync).TryHandleAsync(dc, cancellationToken))
            return true;
        var result = await dc.ContinueDialogAsync(cancellationToken);
        return result.Status != DialogTurnStatus.Empty;
    }

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, bool botAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // In a 1:1 chat greet the person; in a team or group chat greet once, when the bot is added.
        var conversation = turnContext.Activity.Conversation;
        var isPersonal = conversation?.IsGroup != true && conversation?.ConversationType is null or "personal";
        if (isPersonal && membersAdded.Count > 0)
            await welcome.SendAsync(turnContext, membersAdded[0], cancellationToken);
        else if (!isPersonal && botAdded)
            await turnContext.SendActivityAsync(texts.Get(TextKeys.TeamWelcome, turnContext.Activity.Locale), cancellationToken);
    }
}
