using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BotApp.Data.Configurations;

internal sealed class WorkOrderConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    public void Configure(EntityTypeBuilder<WorkOrder> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.Number).HasMaxLength(32);
        builder.HasIndex(x => x.Number).IsUnique();
        builder.HasIndex(x => new { x.Status, x.DueAt });
        builder.HasOne(x => x.Customer).WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.OpenedBy).WithMany().HasForeignKey(x => x.OpenedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.AssignedUnit).WithMany().HasForeignKey(x => x.AssignedUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
