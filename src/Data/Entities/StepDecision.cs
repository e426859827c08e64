namespace BotApp.Data.Entities;

public enum StepDecision
{
    Pending,
    Approved,
    Rejected,
    /// <summary>Above this step's authority: passed up to leadership.</summary>
    Escalated,
    /// <summary>Implementation done.</summary>
    Completed,
}
