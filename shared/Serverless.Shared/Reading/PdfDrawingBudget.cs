using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Serverless.Shared.Reading;

/// <summary>
/// Counts what the pages of an open PDF will draw before any page is read, with every content stream and form counted
/// each time it is drawn: a page may list one stream many times as its contents, many pages may share one stream, and a
/// form may draw another form many times. The stream guard counts each stream once, as it lies in the file, so a 7 KB
/// page listing a stream of 400,000 operations 200 times took 19 GB; forms that each draw the next twice, thirty deep, a
/// billion draws in 7 KB, ran for minutes; and 200 pages sharing one such stream were read for minutes. A page may draw
/// what one stream may hold (<see cref="ReadingLimits.MaxPdfOperatorsPerStream"/>,
/// <see cref="ReadingLimits.MaxPdfTextBytesPerStream"/>), a document <see cref="ReadingLimits.MaxPdfOperatorsPerDocument"/>
/// operations in all, and forms nest <see cref="ReadingLimits.MaxPdfFormDepth"/> deep. Each stream is decoded and counted
/// once. Structure it cannot follow is left to the PDF library, which reports damage as it always has.
/// </summary>
internal sealed class PdfDrawingBudget
{
    private static readonly NameToken FormName = NameToken.Create("Form");

    private readonly IPdfTokenScanner _scanner;
    private readonly ILookupFilterProvider _filters;
    private readonly Dictionary<IndirectReference, PdfContentBudget?> _streams = [];
    private readonly Dictionary<(IndirectReference Form, DictionaryToken? Resources), Drawing> _forms = new(FormKeyComparer.Instance);
    private readonly HashSet<IndirectReference> _drawing = [];
    private readonly CancellationToken _cancellationToken;

    private PdfDrawingBudget(Structure structure, CancellationToken cancellationToken)
    {
        _scanner = structure.TokenScanner;
        _filters = structure.FilterProvider;
        _cancellationToken = cancellationToken;
    }

    public static void Check(PdfDocument document, CancellationToken cancellationToken)
    {
        var budget = new PdfDrawingBudget(document.Structure, cancellationToken);
        long total = 0;
        foreach (var (page, resources) in budget.Pages(document.Structure.Trailer.Root))
        {
            var drawing = budget.PageDrawing(page, resources);
            if (drawing.Operators > ReadingLimits.MaxPdfOperatorsPerStream || drawing.TextBytes > ReadingLimits.MaxPdfTextBytesPerStream)
            {
                throw new UnreadableDocumentException(
                    $"A page of the PDF draws more than {ReadingLimits.MaxPdfOperatorsPerStream:N0} separate pieces or {ReadingLimits.MaxPdfTextBytesPerStream:N0} letters, " +
                    "counting the parts it draws again and again (no real page comes near), so reading it would take more memory and time than the platform gives one document; it was not read. " +
                    "Export the document to PDF again, or upload the DOCX.");
            }

            total += drawing.Operators;
            if (total > ReadingLimits.MaxPdfOperatorsPerDocument)
            {
                throw new UnreadableDocumentException(
                    $"The PDF's pages draw more than {ReadingLimits.MaxPdfOperatorsPerDocument:N0} separate pieces in all, counting the parts they share (as much as 2,000 dense pages draw), " +
                    "so reading it would take more time than the platform gives one document; it was not read. Export the document to PDF again, or upload the DOCX.");
            }
        }
    }

    /// <summary>
    /// The page dictionaries of the page tree, each with the resources it inherits; a node met again (a tree that loops) is
    /// not walked again. A stack, not recursion: a tree may be as deep as the file has objects.
    /// </summary>
    private IEnumerable<(DictionaryToken Page, DictionaryToken? Resources)> Pages(IndirectReference root)
    {
        if (Resolve<DictionaryToken>(new IndirectReferenceToken(root)) is not { } catalog ||
            !catalog.TryGet(NameToken.Pages, out var pagesToken) || pagesToken is not IndirectReferenceToken pagesReference)
        {
            yield break;
        }

        var seen = new HashSet<IndirectReference>();
        var pending = new Stack<(IndirectReference Node, DictionaryToken? Resources)>();
        pending.Push((pagesReference.Data, null));
        var pages = 0;
        while (pending.TryPop(out var entry) && pages <= ReadingLimits.MaxPdfPages)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (!seen.Add(entry.Node) || Resolve<DictionaryToken>(new IndirectReferenceToken(entry.Node)) is not { } node)
            {
                continue;
            }

            var resources = node.TryGet(NameToken.Resources, out var own) && Resolve<DictionaryToken>(own) is { } ownResources ? ownResources : entry.Resources;
            if (node.TryGet(NameToken.Kids, out var kidsToken) && Resolve<ArrayToken>(kidsToken) is { } kids)
            {
                foreach (var kid in kids.Data)
                {
                    if (kid is IndirectReferenceToken reference)
                    {
                        pending.Push((reference.Data, resources));
                    }
                }
            }
            else
            {
                pages++;
                yield return (node, resources);
            }
        }
    }

    private Drawing PageDrawing(DictionaryToken page, DictionaryToken? resources)
    {
        if (!page.TryGet(NameToken.Contents, out var contents))
        {
            return default;
        }

        // Contents are one stream or an array of them; an array may list one stream many times, each drawn.
        var entries = contents is IndirectReferenceToken && Resolve<ArrayToken>(contents) is { } array ? array.Data :
            contents is ArrayToken direct ? direct.Data : [contents];
        var drawing = default(Drawing);
        foreach (var entry in entries)
        {
            if (entry is IndirectReferenceToken reference)
            {
                drawing += StreamDrawing(reference.Data, resources, depth: 0);
            }
        }

        return drawing;
    }

    /// <summary>What a stream draws: its own operations and, for each form it draws, that form's drawing as many times.</summary>
    private Drawing StreamDrawing(IndirectReference reference, DictionaryToken? resources, int depth)
    {
        if (Count(reference) is not { } count)
        {
            return default;
        }

        var drawing = new Drawing(count.Operators, count.TextBytes);
        if (count.Drawn.Count == 0 ||
            resources is null || !resources.TryGet(NameToken.Xobject, out var xobjectsToken) || Resolve<DictionaryToken>(xobjectsToken) is not { } xobjects)
        {
            return drawing;
        }

        foreach (var (name, times) in count.Drawn)
        {
            if (xobjects.TryGet(NameToken.Create(name), out var formToken) && formToken is IndirectReferenceToken form)
            {
                drawing += FormDrawing(form.Data, resources, depth + 1) * times;
            }
        }

        return drawing;
    }

    private Drawing FormDrawing(IndirectReference reference, DictionaryToken? callerResources, int depth)
    {
        // Known by the resources it is drawn with too: a form without its own names those of whatever draws it.
        if (_forms.TryGetValue((reference, callerResources), out var known))
        {
            return known;
        }

        // A form that draws a form that draws it: the PDF library follows the loop until the worker's stack overflows (two
        // forms drawing each other killed the process). No writer makes one.
        if (!_drawing.Add(reference))
        {
            throw new UnreadableDocumentException(
                "The PDF's pictures (forms) draw one another in a loop, so it cannot be read. Export the document to PDF again, or upload the DOCX.");
        }

        try
        {
            if (depth > ReadingLimits.MaxPdfFormDepth)
            {
                throw new UnreadableDocumentException(
                    $"The PDF draws pictures inside pictures (forms) more than {ReadingLimits.MaxPdfFormDepth} levels deep (no real document comes near); it was not read. " +
                    "Export the document to PDF again, or upload the DOCX.");
            }

            if (Resolve<StreamToken>(new IndirectReferenceToken(reference)) is not { } stream ||
                !stream.StreamDictionary.TryGet(NameToken.Subtype, out var subtype) || !FormName.Equals(subtype))
            {
                return default;
            }

            // A form without resources of its own uses those of whatever draws it.
            var resources = stream.StreamDictionary.TryGet(NameToken.Resources, out var own) && Resolve<DictionaryToken>(own) is { } ownResources
                ? ownResources
                : callerResources;
            var drawing = StreamDrawing(reference, resources, depth);
            _forms[(reference, callerResources)] = drawing;
            return drawing;
        }
        finally
        {
            _drawing.Remove(reference);
        }
    }

    /// <summary>The stream's own operations, letters and forms drawn, decoded and counted once; null when it is no stream or cannot be decoded.</summary>
    private PdfContentBudget? Count(IndirectReference reference)
    {
        if (_streams.TryGetValue(reference, out var known))
        {
            return known;
        }

        _cancellationToken.ThrowIfCancellationRequested();
        PdfContentBudget? count = null;
        if (Resolve<StreamToken>(new IndirectReferenceToken(reference)) is { } stream)
        {
            try
            {
                var data = stream.Decode(_filters, _scanner);
                count = new PdfContentBudget();
                count.Add(data.Span);
                count.Finish();
            }
            catch (Exception exception) when (exception is not (UnreadableDocumentException or OperationCanceledException or OutOfMemoryException))
            {
                // A filter the stream does not decode with: the PDF library meets it as it reads the page.
                count = null;
            }
        }

        _streams[reference] = count;
        return count;
    }

    private T? Resolve<T>(IToken token) where T : class, IToken
    {
        try
        {
            return DirectObjectFinder.TryGet<T>(token, _scanner, out var value) ? value : null;
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or OutOfMemoryException))
        {
            return null;
        }
    }

    /// <summary>A form and the very resources dictionary it is drawn with (the same object, not an equal one: comparing dictionaries would read them whole).</summary>
    private sealed class FormKeyComparer : IEqualityComparer<(IndirectReference Form, DictionaryToken? Resources)>
    {
        public static readonly FormKeyComparer Instance = new();

        public bool Equals((IndirectReference Form, DictionaryToken? Resources) x, (IndirectReference Form, DictionaryToken? Resources) y) =>
            x.Form.Equals(y.Form) && ReferenceEquals(x.Resources, y.Resources);

        public int GetHashCode((IndirectReference Form, DictionaryToken? Resources) key) =>
            HashCode.Combine(key.Form, key.Resources is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Resources));
    }

    /// <summary>Operations and bytes of text strings, added and multiplied without overflowing (a billion draws of a billion is still "too many").</summary>
    private readonly record struct Drawing(long Operators, long TextBytes)
    {
        private const long Ceiling = long.MaxValue / 4;

        public static Drawing operator +(Drawing a, Drawing b) =>
            new(Math.Min(Ceiling, a.Operators + b.Operators), Math.Min(Ceiling, a.TextBytes + b.TextBytes));

        public static Drawing operator *(Drawing a, int times) =>
            new(Multiply(a.Operators, times), Multiply(a.TextBytes, times));

        private static long Multiply(long value, int times) => times == 0 || value <= Ceiling / times ? value * times : Ceiling;
    }
}
