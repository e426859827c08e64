namespace BotApp.Data.Entities;

/// <summary>
/// Where an agreement is in its life. Expiry is not a status: it follows from <see cref="Agreement.EndOn"/> and
/// today (Rules/AgreementExpiry), so it can never be stale.
/// </summary>
public enum AgreementStatus
{
    Draft,
    Active,
    /// <summary>Superseded by a renewal.</summary>
    Renewed,
    /// <summary>Ended early.</summary>
    Terminated,
}
