namespace BotApp.Bot.Features.CustomerLookup.Cards;

/// <summary>How much of a customer a card shows, by who will read it (issue 4, items 3 and 6).</summary>
public enum Disclosure
{
    /// <summary>The viewer's own card: everything they may see.</summary>
    Full,

    /// <summary>
    /// Shared into a chat whose members may all see the customer: no plans (confidential, one case at a time) and no
    /// contact phone numbers, since what one member may read of those another may not.
    /// </summary>
    Shared,

    /// <summary>Shared where someone may not see the customer, or the members are unknown: who the customer is, no more.</summary>
    Least,
}
