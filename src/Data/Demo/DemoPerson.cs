using BotApp.Data.Entities;

namespace BotApp.Data.Demo;

/// <summary>A named demo member of staff: someone to be on the local Web Chat page (Development staff picker).</summary>
public sealed record DemoPerson(string Name, StaffRole Role, string UnitCode, string WebChatId, string Locale = "zh-CN")
{
    public const string WangFang = "王芳";
    public const string ChenJing = "陈静";
    public const string ZhaoLi = "赵丽";

    /// <summary>One or two of every role a feature cares about; ids 1.. in this order, which the picker keeps.</summary>
    public static IReadOnlyList<DemoPerson> All { get; } =
    [
        new(WangFang, StaffRole.AccountManager, "NB-YY", "dl_wangfang"),
        new(ChenJing, StaffRole.AccountManager, DemoRegions.BranchCode, "dl_chenjing", "en-US"),
        new(ZhaoLi, StaffRole.ServiceManager, "NB-YY", "dl_zhaoli"),
        new("刘洋", StaffRole.UnitLead, "NB-YY", "dl_liuyang"),
        new("李强", StaffRole.BusinessApprover, DemoOrganisation.BusinessManagement, "dl_liqiang"),
        new("孙涛", StaffRole.CooperationApprover, DemoOrganisation.CooperationManagement, "dl_suntao"),
        new("周敏", StaffRole.Leadership, DemoOrganisation.EnterpriseDepartment, "dl_zhoumin"),
        new("吴磊", StaffRole.SupportCenter, DemoOrganisation.SupportCenter, "dl_wulei"),
        new("张伟", StaffRole.ServiceDesk, DemoOrganisation.ServiceCenter, "dl_zhangwei"),
        new("郑华", StaffRole.UnitLead, DemoOrganisation.SupportCenter, "dl_zhenghua"),
    ];

    public static IReadOnlySet<string> Names { get; } = All.Select(p => p.Name).ToHashSet();
}
