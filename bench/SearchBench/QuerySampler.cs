using BotApp.Data;
using Microsoft.EntityFrameworkCore;

namespace BotApp.SearchBench;

/// <summary>
/// Query fragments cut from real names, the way people type part of a name they remember: Chinese runs of 3–6 and
/// of 2 characters at random places; English as one or two whole words or the start of a word; and, as a stress
/// case, English runs of 4–8 characters at random places (across word boundaries, in low-entropy pinyin).
/// </summary>
internal sealed class QuerySampler(BotDbContext db, int customers, int seed)
{
    private readonly Random _random = new(seed);

    public async Task<string> FragmentAsync(QueryClass kind, long? ownerId, CancellationToken cancellationToken)
    {
        var id = RandomCustomerId();
        var names = ownerId is { } owner
            ? db.GroupCustomers.Where(c => c.AccountManagerId == owner)
            : db.GroupCustomers.Where(c => c.Id == id);
        var english = kind is QueryClass.EnglishWords or QueryClass.EnglishAnywhere;
        var all = await names.Select(c => english ? c.NameEn! : c.Name).ToListAsync(cancellationToken);
        var name = all[_random.Next(all.Count)];
        if (kind == QueryClass.EnglishWords)
            return Words(name);
        var length = kind switch
        {
            QueryClass.Chinese3Plus => _random.Next(3, 7),
            QueryClass.EnglishAnywhere => _random.Next(4, 9),
            _ => 2,
        };
        length = Math.Min(length, name.Length);
        return name.Substring(_random.Next(0, name.Length - length + 1), length);
    }

    /// <summary>One or two whole words, or the first four or more letters of a word ("huad").</summary>
    private string Words(string name)
    {
        var words = name.Split(' ');
        var start = _random.Next(words.Length);
        return _random.Next(3) switch
        {
            0 when start + 1 < words.Length => $"{words[start]} {words[start + 1]}",
            1 when words[start].Length > 4 => words[start][.._random.Next(4, words[start].Length)],
            _ => words[start].Length >= 3 ? words[start] : name,
        };
    }

    public long RandomCustomerId() => _random.Next(1, customers + 1);

    public long RandomManagerId() => _random.Next(1, Math.Max(1, customers / SyntheticStore.CustomersPerManager) + 1);

    public bool Coin() => _random.Next(2) == 0;
}

internal enum QueryClass
{
    Chinese3Plus,
    EnglishWords,
    Chinese2,
    EnglishAnywhere,
}
