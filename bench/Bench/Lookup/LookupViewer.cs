namespace BotApp.Bench.Lookup;

/// <summary>Who asks: what they may see differs, and so does what their lookups cost.</summary>
public enum LookupAsker
{
    AccountManager,
    UnitLead,
    Department,
}

/// <summary>A customer as the bench needs one: what to type to find it, and what to open.</summary>
public sealed record LookupCustomer(long Id, string Code, string Name, string? NameEn, string OrgUnitPath);

/// <summary>
/// Someone who asks: an account manager in their own 1:1 chat, or a unit lead or department member, who also asks in
/// team channels (several conversations, so no one conversation runs into the Teams pacing of 60 messages per 30 s).
/// </summary>
/// <param name="Customers">Customers they may see, to take names, codes and ids from.</param>
public sealed record LookupViewer(LookupAsker Asker, string WebChatId, int Conversations, IReadOnlyList<LookupCustomer> Customers)
{
    /// <summary>Unit leads and department staff manage no customers of their own, so they do not ask for "mine".</summary>
    public bool ManagesCustomers => Asker == LookupAsker.AccountManager;

    public string Label => Asker switch
    {
        LookupAsker.AccountManager => "account manager",
        LookupAsker.UnitLead => "unit lead",
        _ => "department",
    };

    public string ConversationId(int conversation) => $"lookup-{WebChatId}-{conversation}";
}
