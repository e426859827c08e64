using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Staff;
using Mediator;

namespace BotApp.Bot.Features;

/// <summary>
/// The member of staff behind this turn, looked up once per turn: by Entra object id in Teams, by the Direct Line
/// user id (bound to the token, so not forgeable) in the local Web Chat. Null for someone not on the staff list —
/// every feature then answers that it serves staff only and does nothing.
/// </summary>
public sealed class CurrentStaff(ISender mediator, ILocalizer texts)
{
    private const string TurnStateKey = "BotApp.CurrentStaff";

    /// <summary>Remembers "not on the staff list" for the turn, so it is not asked again.</summary>
    private static readonly object NotStaff = new();

    public async Task<StaffMember?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.TurnState.TryGetValue(TurnStateKey, out var known))
            return known as StaffMember;
        var from = turnContext.Activity.From;
        var staff = from is null ? null : await mediator.Send(new IdentifyStaff(from.AadObjectId, from.Id), cancellationToken);
        turnContext.TurnState[TurnStateKey] = staff ?? (object)NotStaff;
        return staff;
    }

    /// <summary>The staff member, or null after telling the person that this is for staff only.</summary>
    public async Task<StaffMember?> GetOrRefuseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var staff = await GetAsync(turnContext, cancellationToken);
        if (staff is null)
            await turnContext.SendActivityAsync(texts.Get(TextKeys.LookupNotStaff, turnContext.Activity.Locale), cancellationToken);
        return staff;
    }
}
