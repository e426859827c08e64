namespace BotApp.Data.Import;

/// <summary>Why a file or row was rejected. Each has a Chinese and an English text in ImportText*.resx ("Reason.&lt;name&gt;").</summary>
public enum ImportReason
{
    // The file and its header
    EmptyFile,
    NotDecodable,
    MalformedQuotes,
    UnclosedQuote,
    MissingColumn,
    DuplicateColumn,
    WrongFieldCount,

    // A value's form
    Required,
    InvalidCustomerCode,
    TooLong,
    NotANumber,
    TooManyDecimals,
    NotAnInteger,
    NotADate,
    NotAMonth,
    NotAFlag,
    UnknownIndustry,
    UnknownStatus,

    // A value's range
    Negative,
    TooLarge,
    MonthInFuture,
    EndBeforeStart,
    DueBeforeBillMonth,

    // References to rows that must exist
    UnknownOrgUnit,
    AmbiguousOrgUnit,
    NotARegion,
    UnknownStaff,
    AmbiguousStaff,
    NotAnAccountManager,
    NotAServiceManager,
    UnknownCustomer,
    UnknownProduct,

    // The same natural key twice in one file
    DuplicateKey,
}
