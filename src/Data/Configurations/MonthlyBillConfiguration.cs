using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BotApp.Data.Configurations;

internal sealed class MonthlyBillConfiguration : IEntityTypeConfiguration<MonthlyBill>
{
    public void Configure(EntityTypeBuilder<MonthlyBill> builder)
    {
        // The key is the index "bills of a customer by month"; no surrogate id on the biggest table.
        builder.HasKey(x => new { x.CustomerId, x.Month, x.ProductId });
        builder.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
