using System.Globalization;
using BotApp.Data.Entities;

namespace BotApp.Data.Demo;

/// <summary>
/// Work orders the service desk logged for the customer: open ones (some past due) and recently closed ones with the
/// reply and the customer's satisfaction. Severity sets the due time. A named customer's open order is an overdue
/// fault, so the demo has something to chase.
/// </summary>
public static class DemoWorkOrders
{
    private static readonly Weighted<WorkOrderKind> Kinds = new([(WorkOrderKind.Fault, 45), (WorkOrderKind.Complaint, 30), (WorkOrderKind.Consultation, 25)]);
    private static readonly Weighted<WorkOrderSeverity> Severities = new([(WorkOrderSeverity.Low, 15), (WorkOrderSeverity.Normal, 55), (WorkOrderSeverity.High, 22), (WorkOrderSeverity.Critical, 8)]);
    private static readonly Weighted<WorkOrderStatus> OpenStatuses = new([(WorkOrderStatus.Open, 25), (WorkOrderStatus.Dispatched, 35), (WorkOrderStatus.InProgress, 40)]);
    private static readonly Weighted<Satisfaction> Verdicts = new([(Satisfaction.Satisfied, 75), (Satisfaction.FairlySatisfied, 18), (Satisfaction.Dissatisfied, 7)]);

    private static readonly Dictionary<WorkOrderKind, string[]> Subjects = new()
    {
        [WorkOrderKind.Fault] = ["数据专线中断", "专线丢包严重", "VPN短号无法拨通", "400电话呼入失败", "云主机无法远程登录", "视频会议卡顿", "物联网卡批量离线", "IDC机柜断电告警"],
        [WorkOrderKind.Complaint] = ["账单金额异议", "套餐变更未生效", "装机超时未完成", "客户经理响应慢", "短信发送失败未退费", "网速达不到合同带宽"],
        [WorkOrderKind.Consultation] = ["咨询专线扩容资费", "咨询云主机升级", "咨询集团成员新增办理流程", "咨询发票开具", "咨询协议续签优惠"],
    };

    public static void Add(DemoWorld world, DemoChunk chunk, GroupCustomer customer, DemoCustomerSpec spec, DemoRandom random)
    {
        if (spec.WorkOrder == DemoWorkOrderState.None)
            return;
        var open = spec.WorkOrder == DemoWorkOrderState.Open;
        var named = spec.Name is not null;
        var kind = named ? WorkOrderKind.Fault : Kinds.Pick(random);
        var severity = named ? WorkOrderSeverity.High : Severities.Pick(random);
        var subject = random.Pick(Subjects[kind]);
        var openedAt = named ? world.Calendar.Now.AddHours(-random.Next(26, 60))
            : open ? world.Calendar.Now.AddMinutes(-random.Next(30, 20 * 24 * 60))
            : world.Calendar.Now.AddDays(-random.Next(10, 91)).AddMinutes(-random.Next(24 * 60));
        var dueAt = openedAt + DueIn(severity);
        var status = open ? OpenStatuses.Pick(random) : random.Chance(0.3) ? WorkOrderStatus.Replied : WorkOrderStatus.Closed;
        var repliedAt = open ? (DateTimeOffset?)null : openedAt.AddMinutes(random.Next(20, (int)DueIn(severity).TotalMinutes));
        var serviceDesk = world.Roster.OfRole(StaffRole.ServiceDesk);
        chunk.WorkOrders.Add(new WorkOrder
        {
            Number = string.Create(CultureInfo.InvariantCulture, $"GD{openedAt.ToOffset(TimeSpan.FromHours(8)):yyyyMMdd}{world.NextWorkOrderNumber():D7}"),
            CustomerId = customer.Id,
            Kind = kind,
            Severity = severity,
            Subject = subject,
            Description = $"客户反映：{subject}。联系人电话已登记，请尽快处理。",
            // 张伟 (the named service-desk member) takes about a quarter of the calls.
            OpenedById = random.Chance(0.25) ? serviceDesk[0] : random.Pick(serviceDesk),
            OpenedAt = openedAt,
            DueAt = dueAt,
            Status = status,
            AssignedUnitId = status == WorkOrderStatus.Open ? null : customer.OrgUnitId,
            Reply = repliedAt is null ? null : "已处理完毕，客户确认恢复正常。",
            RepliedAt = repliedAt,
            ClosedAt = status == WorkOrderStatus.Closed ? repliedAt!.Value.AddDays(1) : null,
            Satisfaction = status == WorkOrderStatus.Closed ? Verdicts.Pick(random) : null,
        });
    }

    private static TimeSpan DueIn(WorkOrderSeverity severity) => severity switch
    {
        WorkOrderSeverity.Critical => TimeSpan.FromHours(4),
        WorkOrderSeverity.High => TimeSpan.FromHours(24),
        WorkOrderSeverity.Normal => TimeSpan.FromHours(72),
        _ => TimeSpan.FromHours(168),
    };
}
