namespace BotApp.Data.Entities;

/// <summary>
/// The kind of service a product is. The grade counts Mobile revenue only; the group-customer definition looks
/// for Mobile users and data/voice leased lines; "comprehensive" counts distinct categories (Rules/GroupCustomerDefinition).
/// </summary>
public enum ProductCategory
{
    /// <summary>Mobile VPN, group mobile plans: revenue counted for the star grade.</summary>
    Mobile,
    /// <summary>数据专线 / internet leased line.</summary>
    DataLine,
    /// <summary>语音专线.</summary>
    VoiceLine,
    Idc,
    Cloud,
    VideoConferencing,
    /// <summary>400/800 numbers.</summary>
    ServiceNumber,
    Iot,
    Other,
}
