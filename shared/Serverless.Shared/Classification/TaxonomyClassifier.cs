using Serverless.Shared.Classification.Model;
using Serverless.Shared.Reading;
using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Classification;

/// <summary>
/// The production classifier: reads a paragraph once into normalised words, finds every taxonomy phrase
/// in one pass over them, and derives from those matches the action lines (with the enclosing heading as
/// context), the requesting bodies, the requests and their addressees, and, when unknown, the paragraph's
/// kind. Every label carries the terms or context that decided it. Immutable after construction but for each
/// thread's scratch buffers (cleared by every call), so one instance serves all threads.
/// </summary>
public sealed class TaxonomyClassifier : IParagraphClassifier
{
    private readonly TaxonomyLexicon _lexicon;
    private readonly ActionLineScorer _actionLines;
    private readonly BodyDetector _bodies;
    private readonly RequestExtractor _requests;
    private readonly ParagraphKindDetector _kinds;
    private readonly ActionLineModel? _model;
    private readonly BodyGuessModel? _bodyGuess;
    private readonly ClassifierOptions _options;
    private readonly LanguageCatalog _languages;

    /// <summary>The words the models name, so each paragraph word is looked up once (null without a model).</summary>
    private readonly WordTable? _words;
    private readonly ActionLineFeatures.TermIndex? _modelTerms;
    private readonly BodyGuessModel.FeatureIndex? _bodyGuessFeatures;

    /// <summary>
    /// Each thread's words, phrase matches and the model's terms, reused paragraph after paragraph (cleared by each use): made anew for
    /// every paragraph they were most of what classifying it allocated, and the collector's pauses stopped every thread.
    /// </summary>
    private readonly ThreadLocal<(TokenisedWords Words, List<PhraseMatch> Matches, List<(int Index, float Value)> Terms)> _scratch;

    public TaxonomyClassifier(Taxonomy taxonomy)
        : this(taxonomy, new ClassifierOptions())
    {
    }

    /// <param name="model">
    /// The trained action-line model, which then decides the action lines from the lexicon's scores and the words;
    /// null to let the lexicon's thresholds decide alone.
    /// </param>
    /// <param name="languages">The languages it reads; null for the embedded catalogue.</param>
    /// <param name="bodyGuess">
    /// The trained guess of the adopting organ, for paragraphs classified without their document's issuing body; null
    /// to give only the bodies the text names.
    /// </param>
    public TaxonomyClassifier(
        Taxonomy taxonomy, ClassifierOptions options, ActionLineModelFile? model = null, LanguageCatalog? languages = null, BodyGuessModelFile? bodyGuess = null)
        : this(() => model, taxonomy, options, languages, bodyGuess)
    {
    }

    /// <summary>
    /// Builds what needs no action-line model (the lexicon, the rules' expressions, the body guess) while
    /// <paramref name="model"/> is still being read, then takes the model: at start-up the reading of its file, on
    /// another core, was what every command that classifies waited for last.
    /// </summary>
    internal static TaxonomyClassifier WhileModelLoads(
        Taxonomy taxonomy, ClassifierOptions options, Task<ActionLineModelFile?> model, LanguageCatalog? languages, BodyGuessModelFile? bodyGuess) =>
        new(() => model.GetAwaiter().GetResult(), taxonomy, options, languages, bodyGuess);

    private TaxonomyClassifier(
        Func<ActionLineModelFile?> takeModel, Taxonomy taxonomy, ClassifierOptions options, LanguageCatalog? languages, BodyGuessModelFile? bodyGuess)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(options);
        if (bodyGuess is not null && bodyGuess.TaxonomyVersion != taxonomy.Version)
        {
            throw new ArgumentException(
                $"The body-guess model was trained on taxonomy {bodyGuess.TaxonomyVersion}, not {taxonomy.Version}: run ./wsis train.", nameof(bodyGuess));
        }

        _options = options;
        _bodyGuess = bodyGuess is null ? null : new BodyGuessModel(bodyGuess);
        _languages = languages ?? LanguageCatalog.Default;
        _lexicon = new TaxonomyLexicon(taxonomy, options, _languages);
        _actionLines = new ActionLineScorer(_lexicon, options);
        _bodies = new BodyDetector(_lexicon);
        _requests = new RequestExtractor(taxonomy, _languages);
        _kinds = new ParagraphKindDetector(taxonomy);

        var model = takeModel();
        if (model is not null && model.TaxonomyVersion != taxonomy.Version)
        {
            throw new ArgumentException(
                $"The action-line model was trained on taxonomy {model.TaxonomyVersion}, not {taxonomy.Version}: run ./wsis train.", "model");
        }

        _model = model is null ? null : new ActionLineModel(model, taxonomy.ActionLines.Where(a => a.Parent is not null).ToDictionary(a => a.Code, a => a.Parent!));
        if (_model is not null || _bodyGuess is not null)
        {
            _words = new WordTable((_model?.Features.TermWords() ?? []).Concat(_bodyGuess?.FeatureWords() ?? []));
            _modelTerms = _model?.Features.IndexBy(_words);
            _bodyGuessFeatures = _bodyGuess?.IndexBy(_words);
        }

        _scratch = new ThreadLocal<(TokenisedWords, List<PhraseMatch>, List<(int Index, float Value)>)>(
            () => (new TokenisedWords(1024, _words), new List<PhraseMatch>(64), new List<(int Index, float Value)>(256)));
    }

    public ParagraphLabels Classify(ClassificationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var opening = OpeningOf(request);
        var text = opening.Body;
        var kind = request.Kind ?? _kinds.Detect(opening);
        var language = LanguageDetector.Resolve(_languages, request.Language, text);
        var matcher = _lexicon.For(language);

        // One pass of the tokeniser serves the lexicon, the model's terms and the body guess.
        var (words, matches, terms) = _scratch.Value;
        matcher.Tokenise(text, words);
        var tokens = words.Tokens;
        matches.Clear();
        matcher.Match(tokens, matches);

        var asks = kind == ParagraphKind.Operative || (kind == ParagraphKind.ListItem && _kinds.OpensLikeOperative(text));
        var tallies = _actionLines.Tally(matcher, text, tokens, matches, request.Section);
        var actionLines = _actionLines.Rank(tallies, tokens.Count);
        if (_model is not null)
        {
            actionLines = Decide(_model, words, terms, tallies, actionLines, kind);
        }

        var requests = asks
            ? _requests.Extract(
                text,
                string.IsNullOrEmpty(request.DocumentBody) ? null : request.DocumentBody,
                request.Number ?? opening.Number,
                (start, length) => AddresseesIn(matcher, tokens, matches, start, start + length),
                request.DocumentSymbol)
            : [];
        var bodies = _bodies.Find(text, asks, request.DocumentBody, matcher, tokens, matches, requests.Select(r => r.AddresseeSpan).ToArray());

        // Rule 8 gives an operative paragraph its adopting organ even when the text does not name it; given the
        // issuing body, the detector already has it, so only a paragraph read without it gets a guess.
        var guess = _bodyGuess is not null && string.IsNullOrEmpty(request.DocumentBody)
            ? _bodyGuess.Guess(words, text, kind, language.Code, bodies, _bodyGuessFeatures)
            : null;
        if (guess is not null)
        {
            bodies = [.. bodies, guess.Body];
        }

        if (requests.Count > 0 && string.IsNullOrEmpty(request.DocumentBody) && bodies.Count > 0)
        {
            // Without a known adopting organ, the first body the paragraph cites is the best guess of who asks.
            requests = requests.Select(r => r with { RequestingBody = bodies[0] }).ToArray();
        }

        return new ParagraphLabels(actionLines, bodies, requests.SelectMany(r => r.Addressees).Distinct().ToArray(), kind)
        {
            Requests = requests,
            Language = language.Code,
            NearMiss = actionLines.Count == 0 ? _actionLines.Best(tallies) : null,
            GuessedBodies = guess is null ? [] : [guess],
        };
    }

    /// <summary>
    /// Classifies the paragraph, then reads it as the body-guess model does (<see cref="BodyGuessFeatures"/>), beside
    /// what this classifier found: what training reads for each labelled item.
    /// </summary>
    internal ParagraphLabels ReadBodyGuessFeatures(ClassificationRequest request, List<TextToken> tokens, BodyFeatureSink sink)
    {
        var labels = Classify(request);
        var text = OpeningOf(request).Body;
        var language = LanguageDetector.Resolve(_languages, request.Language, text);
        BodyGuessFeatures.Read(_lexicon.For(language).Tokeniser, text, labels.Kind, language.Code, labels.RequestingBodies, tokens, sink);
        return labels;
    }

    /// <summary>
    /// The lines the model gives, or the lexicon's where the model defers to it: with <see cref="ActionLineModel.LexiconFirst"/>,
    /// the lexicon's lines stand unless the model is at least <see cref="ActionLineModel.OverrideThreshold"/> sure of
    /// another primary line.
    /// </summary>
    private IReadOnlyList<ActionLineLabel> Decide(
        ActionLineModel model,
        TokenisedWords words,
        List<(int Index, float Value)> terms,
        Dictionary<string, ActionLineTally>? tallies,
        IReadOnlyList<ActionLineLabel> lexiconLines,
        ParagraphKind kind)
    {
        var silent = lexiconLines.Count == 0;
        if (model.LexiconFirst && !silent && model.OverrideThreshold is null)
        {
            return lexiconLines;
        }

        Span<float> lineFeatures = stackalloc float[model.Features.Lines.Count * ActionLineFeatures.LineFeatureCount];
        model.Features.Describe(words, tallies, lexiconLines, lineFeatures, terms, _modelTerms);
        var modelLines = model.Label(lineFeatures, terms, tallies, _options.MaxLabels, _options.MaxEvidence, lexiconSilent: silent, narrative: kind is ParagraphKind.Paragraph or ParagraphKind.ListItem, heading: kind == ParagraphKind.Heading);
        if (!model.LexiconFirst || silent)
        {
            return modelLines;
        }

        return modelLines.Count > 0 && modelLines[0].Score >= model.OverrideThreshold && modelLines[0].Code != lexiconLines[0].Code
            ? modelLines
            : lexiconLines;
    }

    /// <summary>How <paramref name="features"/> sees the paragraph: what training reads for each labelled item.</summary>
    internal (float[] LineFeatures, List<(int Index, float Value)> Words) DescribeActionLines(ClassificationRequest request, ActionLineFeatures features)
    {
        var text = OpeningOf(request).Body;
        var matcher = _lexicon.For(LanguageDetector.Resolve(_languages, request.Language, text));
        var words = new TokenisedWords(text.Length);
        matcher.Tokenise(text, words);
        var matches = new List<PhraseMatch>();
        matcher.Match(words.Tokens, matches);
        var tallies = _actionLines.Tally(matcher, text, words.Tokens, matches, request.Section);
        var lineFeatures = new float[features.Lines.Count * ActionLineFeatures.LineFeatureCount];
        var terms = new List<(int Index, float Value)>(words.Count);
        features.Describe(words, tallies, _actionLines.Rank(tallies, words.Count), lineFeatures, terms);
        return (lineFeatures, terms);
    }

    /// <summary>Every word of the paragraph as its language's tokeniser normalises it.</summary>
    internal void CollectWords(ClassificationRequest request, ISet<string> words)
    {
        var text = OpeningOf(request).Body;
        ActionLineFeatures.CollectWords(_lexicon.For(LanguageDetector.Resolve(_languages, request.Language, text)).Tokeniser, text, words);
    }

    /// <summary>
    /// The paragraph's opening, read from its text as the readers give every document's text: without the characters
    /// that split a word invisibly, in composed form, ligatures as letters. A paragraph handed in from elsewhere (the
    /// command line, an evaluation set, a portal) is then labelled as the same words read from a document would be;
    /// for text that came through a reader both steps return it unchanged.
    /// </summary>
    private static ParagraphOpening OpeningOf(ClassificationRequest request) =>
        ParagraphOpening.Of(ComposedText.Compose(InvisibleCharacters.Strip(request.Text ?? string.Empty)));

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
