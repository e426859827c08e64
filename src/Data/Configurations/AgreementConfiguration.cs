using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BotApp.Data.Configurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.Property(x => x.Number).HasMaxLength(64);
        builder.HasIndex(x => x.Number).IsUnique();
        builder.HasIndex(x => x.EndOn);
    }
}
