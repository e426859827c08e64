namespace BotApp.Data.Entities;

public enum StepDecision
{
    Pending,
    Approved,
    Rejected,
    /// <summary>Above this step's authority: passed up to leadership.</summary>
    Escalated,
    /// <summary>Sent back to the requester for changes; the plan waits for a revised submission.</summary>
    SentBack,
    /// <summary>Implementation done.</summary>
    Completed,
}
