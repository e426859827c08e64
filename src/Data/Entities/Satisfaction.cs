namespace BotApp.Data.Entities;

/// <summary>The customer's verdict on a closed work order (满意 / 基本满意 / 不满意).</summary>
public enum Satisfaction
{
    Satisfied,
    FairlySatisfied,
    Dissatisfied,
}
