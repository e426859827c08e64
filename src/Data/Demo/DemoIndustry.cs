using BotApp.Data.Entities;

namespace BotApp.Data.Demo;

/// <summary>
/// How customers of one industry look: how common they are, what their companies call their business
/// (<see cref="Businesses"/>, for "place + brand + business + form" names), the institutions among them
/// (bureaus, schools, hospitals: <see cref="Institutions"/>, used for <see cref="InstitutionShare"/> of them; an
/// industry without businesses lists last the pattern with room for many names),
/// how likely one is on the red list, and who their contacts are.
/// </summary>
public sealed record DemoIndustry(
    Industry Industry,
    int Weight,
    Bilingual[] Businesses,
    NamePattern[] Institutions,
    double InstitutionShare,
    double RedListChance,
    string[] ContactTitles);
