namespace BotApp.Handlers.Customers;

/// <summary>How a request for one customer ended. Only the audit log tells "not visible" from "not found"; the viewer gets the same null for both.</summary>
public enum LookupOutcome
{
    Shown,
    NotVisible,
    NotFound,
}
