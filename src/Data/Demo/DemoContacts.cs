using BotApp.Data.Entities;

namespace BotApp.Data.Demo;

/// <summary>Key contacts: one decision maker for every customer, a few more the bigger it is, with titles of its industry.</summary>
public static class DemoContacts
{
    public static void Add(DemoChunk chunk, long customerId, DemoIndustry industry, int size, DemoRandom random)
    {
        var count = Math.Min(industry.ContactTitles.Length, 1 + (size >= 2 ? 1 : 0) + (size >= 4 ? 1 : 0) + (random.Chance(0.3) ? 1 : 0));
        var first = random.Next(industry.ContactTitles.Length);
        for (var i = 0; i < count; i++)
        {
            chunk.Contacts.Add(new KeyContact
            {
                CustomerId = customerId,
                Name = DemoPeople.Name(random),
                Title = industry.ContactTitles[(first + i) % industry.ContactTitles.Length],
                Phone = DemoPeople.Phone(random),
                IsKeyPerson = i == 0 || (i == 1 && size >= 4),
            });
        }
    }
}
