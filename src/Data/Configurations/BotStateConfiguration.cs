using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BotApp.Data.Configurations;

internal sealed class BotStateConfiguration : IEntityTypeConfiguration<BotStateRecord>
{
    public void Configure(EntityTypeBuilder<BotStateRecord> builder)
    {
        builder.HasKey(x => x.Key);
        builder.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class ProcessedActivityConfiguration : IEntityTypeConfiguration<ProcessedActivity>
{
    public void Configure(EntityTypeBuilder<ProcessedActivity> builder)
    {
        builder.HasKey(x => new { x.ConversationId, x.ActivityId });
        builder.HasIndex(x => x.ProcessedAt);
    }
}

internal sealed class ConversationReferenceConfiguration : IEntityTypeConfiguration<ConversationReferenceRecord>
{
    public void Configure(EntityTypeBuilder<ConversationReferenceRecord> builder)
    {
        builder.HasIndex(x => new { x.ChannelId, x.ConversationId, x.UserId }).IsUnique();
        builder.HasIndex(x => x.UserAadObjectId);
    }
}
