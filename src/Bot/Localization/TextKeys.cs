namespace BotApp.Bot.Localization;

/// <summary>Keys into Resources/Strings.resx; a test checks every key has zh-CN and en text.</summary>
public static class TextKeys
{
    public const string ErrorApology = "Error.Apology";
    public const string WelcomeTitle = "Welcome.Title";
    public const string WelcomeBody = "Welcome.Body";
    public const string HelpTitle = "Help.Title";
    public const string HelpIntro = "Help.Intro";
    public const string HelpLookupTitle = "Help.Lookup.Title";
    public const string HelpLookupExample = "Help.Lookup.Example";
    public const string HelpPlansTitle = "Help.Plans.Title";
    public const string HelpPlansExample = "Help.Plans.Example";
    public const string HelpComplaintsTitle = "Help.Complaints.Title";
    public const string HelpComplaintsExample = "Help.Complaints.Example";
    public const string HelpAlertsTitle = "Help.Alerts.Title";
    public const string HelpAlertsExample = "Help.Alerts.Example";
    public const string HelpCancelHint = "Help.CancelHint";
    public const string ActionHelp = "Action.Help";
    public const string ActionLookup = "Action.Lookup";
    public const string NotUnderstood = "NotUnderstood";
    public const string UnknownAction = "UnknownAction";
    public const string ComingSoon = "ComingSoon";
    public const string Done = "Done";
    public const string LanguageSet = "Language.Set";
    public const string ActionSwitchLanguage = "Action.SwitchLanguage";
    public const string WelcomeNamed = "Welcome.Named";
    public const string TeamWelcome = "Team.Welcome";
    public const string MessageExtensionNotStaff = "MessageExtension.NotStaff";
    public const string MessageExtensionNothingFound = "MessageExtension.NothingFound";
    public const string MessageExtensionCustomerGone = "MessageExtension.CustomerGone";
}
