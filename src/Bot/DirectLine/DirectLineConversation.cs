using System.Globalization;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.DirectLine;

/// <summary>
/// One conversation's activity stream. The watermark is the sequence number of the last activity handed out,
/// so it stays valid when old activities drop off the bounded history.
/// </summary>
public sealed class DirectLineConversation(string id, ChannelAccount user, string? locale, int capacity, DateTimeOffset now)
{
    private readonly Lock _gate = new();
    private readonly Queue<(long Sequence, Activity Activity)> _history = new();
    private long _sequence;
    private DateTimeOffset _lastUsed = now;

    public string Id => id;

    public ChannelAccount User => user;

    public string? Locale => locale;

    public DateTimeOffset LastUsed
    {
        get { lock (_gate) return _lastUsed; }
    }

    /// <summary>Gives <paramref name="activity"/> its id (<c>{conversationId}|{seq:D7}</c>) and timestamp; keeps it for polling when visible.</summary>
    public string Append(Activity activity, bool visible, DateTimeOffset at)
    {
        lock (_gate)
        {
            var sequence = ++_sequence;
            activity.Id = $"{id}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";
            activity.Timestamp = at;
            if (visible)
            {
                _history.Enqueue((sequence, activity));
                while (_history.Count > capacity)
                    _history.Dequeue();
            }
            _lastUsed = at;
            return activity.Id;
        }
    }

    /// <summary>Activities after <paramref name="watermark"/> (all kept ones when it is empty or not ours).</summary>
    public ActivitySet Since(string? watermark, DateTimeOffset at)
    {
        var after = long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        lock (_gate)
        {
            _lastUsed = at;
            var activities = _history.Where(entry => entry.Sequence > after).Select(entry => entry.Activity).ToList();
            return new ActivitySet(activities, _sequence.ToString(CultureInfo.InvariantCulture));
        }
    }
}
