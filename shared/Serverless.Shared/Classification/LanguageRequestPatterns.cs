namespace Serverless.Shared.Classification;

/// <summary>
/// A language's share of <see cref="RequestExtractor"/>'s patterns. Words are plain (a space matches any run of
/// white space); the other fields are regular expressions (.NET syntax), joined with every other language's.
/// </summary>
/// <param name="Conjunctions">Words after which a further request clause starts ("and invites").</param>
/// <param name="AdverbsBefore">Words between the conjunction and the verb ("and further requests").</param>
/// <param name="AdverbsAfter">Words right after the verb ("requests also").</param>
/// <param name="Infinitive">Where the requested action starts ("to submit"); its group <c>marker</c> is left out of the action.</param>
/// <param name="DeadlineLeads">What precedes a deadline's date ("by the end of").</param>
/// <param name="DayOrdinals">Suffixes of an ordinal day in a date ("1er").</param>
/// <param name="Sessions">When a report is due ("at its eightieth session"); matched ignoring case.</param>
public sealed record LanguageRequestPatterns(
    string[] Conjunctions,
    string[] AdverbsBefore,
    string[] AdverbsAfter,
    string Infinitive,
    string[] DeadlineLeads,
    string[] DayOrdinals,
    string[] Sessions);
