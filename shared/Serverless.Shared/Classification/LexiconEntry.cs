namespace Serverless.Shared.Classification;

internal enum LexiconEntryKind
{
    ActionLine,
    Body,
    Addressee,

    /// <summary>
    /// The name of an organisation, meeting or programme (<c>Assemblée mondiale de normalisation des
    /// télécommunications</c>): matched as one phrase so that its words do not count as the paragraph's topic.
    /// </summary>
    ProperName,
}

/// <summary>
/// What a taxonomy phrase stands for. <paramref name="IsName"/> marks an action line's own name (a heading that
/// is only that name passes the line on); <paramref name="ExactForm"/> marks an abbreviation that must appear
/// with that exact case (<c>IGF</c>, not <c>igf</c> inside a word); <paramref name="NamedWith"/> marks a name that
/// counts only when the paragraph also names one of these (the organisation whose "General Conference" it is).
/// </summary>
internal sealed record LexiconEntry(
    LexiconEntryKind Kind,
    string Target,
    double Weight,
    string Term,
    bool IsName = false,
    string? ExactForm = null,
    IReadOnlyList<string>? NamedWith = null);
