using BotApp.Bot.Notices;
using BotApp.Bot.Tests.Dialogs;
using BotApp.Data.Entities;

namespace BotApp.Bot.Tests.Notices;

public sealed class StaffChannelIdsTests
{
    [Fact]
    public async Task Lists_the_Teams_user_ids_of_active_personal_chats_of_the_given_staff_only()
    {
        using var database = new SqliteTestDatabase();
        await using (var db = database.CreateContext())
        {
            db.Staff.AddRange(
                Staff(1, "aad-1"), Staff(2, "aad-2"), Staff(3, "aad-3"), Staff(4, "aad-4", webChatId: "wc-4"), Staff(5, "aad-5"), Staff(6, null, webChatId: "wc-6"));
            db.ConversationReferences.AddRange(
                Chat("msteams", "a:1", "29:one", "aad-1"),
                Chat("msteams", "a:2", "29:two", "aad-2", active: false),
                Chat("msteams", "19:group", "", null, type: "groupChat"),
                Chat("directline", "dl-4", "wc-4", null),
                Chat("msteams", "a:5", "29:five", "aad-5"),
                Chat("directline", "dl-6", "wc-6", null));
            await db.SaveChangesAsync();
        }
        await using var read = database.CreateContext();

        var ids = await new StaffChannelIds(read).TeamsUserIdsAsync([1, 2, 3, 4, 6, 1], CancellationToken.None);
        var none = await new StaffChannelIds(read).TeamsUserIdsAsync([], CancellationToken.None);

        Assert.Equal(["29:one"], ids);
        Assert.Empty(none);
    }

    private static Staff Staff(long id, string? aad, string? webChatId = null) =>
        new() { Id = id, Name = $"Staff {id}", Role = StaffRole.Leadership, AadObjectId = aad, WebChatId = webChatId };

    private static ConversationReferenceRecord Chat(string channel, string conversation, string user, string? aad, bool active = true, string type = "personal") => new()
    {
        ChannelId = channel,
        ConversationId = conversation,
        ConversationType = type,
        UserId = user,
        UserAadObjectId = aad,
        ServiceUrl = "https://smba.example/",
        ReferenceJson = "{}",
        IsActive = active,
    };
}
