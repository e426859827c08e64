using BotApp.Data.Entities;

namespace BotApp.Data.Search;

/// <summary>
/// What to look for; every criterion is optional and they combine with AND. <see cref="NameFragment"/> is any part of
/// the Chinese or English name, one character or more; <see cref="Code"/> is a whole customer code. No criterion at
/// all lists every customer the viewer may see.
/// </summary>
public sealed record CustomerQuery(
    string? Code = null,
    string? NameFragment = null,
    long? AccountManagerId = null,
    int? Grade = null,
    Industry? Industry = null);
