namespace BotApp.Data.Entities;

/// <summary>行业. Stored as its name.</summary>
public enum Industry
{
    Government,
    Finance,
    Education,
    Healthcare,
    Manufacturing,
    Transport,
    Energy,
    Retail,
    Construction,
    Agriculture,
    Media,
    InformationTechnology,
    Hospitality,
    Other,
}
