namespace BotApp.Data.Entities;

/// <summary>The stops on a plan's route, in the order seed 003 gives them.</summary>
public enum ApprovalStepKind
{
    /// <summary>合作管理部: first, when agent channels are involved.</summary>
    CooperationManagement,
    /// <summary>经营管理部: within its authority tier.</summary>
    BusinessManagement,
    /// <summary>集团客户部领导: above the business management dept's authority.</summary>
    Leadership,
    /// <summary>业务支撑中心: sets the approved plan up within one working day.</summary>
    Implementation,
}
