using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Classification;

/// <summary>
/// The production classifier: reads a paragraph once into normalised words, finds every taxonomy phrase
/// in one pass over them, and derives from those matches the action lines (with the enclosing heading as
/// context), the requesting bodies, the requests and their addressees, and, when unknown, the paragraph's
/// kind. Every label carries the terms or context that decided it. Immutable after construction, so one
/// instance serves all threads.
/// </summary>
public sealed class TaxonomyClassifier : IParagraphClassifier
{
    private readonly TaxonomyLexicon _lexicon;
    private readonly ActionLineScorer _actionLines;
    private readonly BodyDetector _bodies;
    private readonly RequestExtractor _requests;
    private readonly ParagraphKindDetector _kinds;

    public TaxonomyClassifier(Taxonomy taxonomy)
        : this(taxonomy, new ClassifierOptions())
    {
    }

    public TaxonomyClassifier(Taxonomy taxonomy, ClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(options);
        _lexicon = new TaxonomyLexicon(taxonomy, options);
        _actionLines = new ActionLineScorer(_lexicon, options);
        _bodies = new BodyDetector(_lexicon);
        _requests = new RequestExtractor(taxonomy);
        _kinds = new ParagraphKindDetector(taxonomy);
    }

    public ParagraphLabels Classify(ClassificationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var opening = ParagraphOpening.Of(request.Text ?? string.Empty);
        var text = opening.Body;
        var kind = request.Kind ?? _kinds.Detect(opening);
        var language = LanguageDetector.Resolve(request.Language, text);
        var matcher = _lexicon.For(language == "fr");

        var tokens = new List<TextToken>(text.Length / 6 + 4);
        matcher.Tokenise(text, tokens);
        var matches = new List<PhraseMatch>();
        matcher.Match(tokens, matches);

        var asks = kind == ParagraphKind.Operative || (kind == ParagraphKind.ListItem && _kinds.OpensLikeOperative(text));
        var actionLines = _actionLines.Score(matcher, tokens, matches, request.Section);
        var requests = asks
            ? _requests.Extract(
                text,
                string.IsNullOrEmpty(request.DocumentBody) ? null : request.DocumentBody,
                request.Number ?? opening.Number,
                (start, length) => AddresseesIn(matcher, tokens, matches, start, start + length),
                request.DocumentSymbol)
            : [];
        var bodies = _bodies.Find(text, asks, request.DocumentBody, matcher, tokens, matches, requests.Select(r => r.AddresseeSpan).ToArray());
        if (requests.Count > 0 && string.IsNullOrEmpty(request.DocumentBody) && bodies.Count > 0)
        {
            // Without a known adopting organ, the first body the paragraph cites is the best guess of who asks.
            requests = requests.Select(r => r with { RequestingBody = bodies[0] }).ToArray();
        }

        return new ParagraphLabels(actionLines, bodies, requests.SelectMany(r => r.Addressees).Distinct().ToArray(), kind)
        {
            Requests = requests,
            Language = language,
        };
    }

    private static IReadOnlyList<string> AddresseesIn(
        PhraseMatcher<LexiconEntry> matcher, List<TextToken> tokens, List<PhraseMatch> matches, int start, int end)
    {
        List<string>? found = null;
        foreach (var match in matches)
        {
            var at = tokens[match.FirstToken].Start;
            if (at < start || at >= end)
            {
                continue;
            }

            foreach (var entry in matcher.EntriesOf(match.Node))
            {
                if (entry.Kind == LexiconEntryKind.Addressee && !(found ??= []).Contains(entry.Target))
                {
                    found.Add(entry.Target);
                }
            }
        }

        return found ?? (IReadOnlyList<string>)[];
    }
}
