using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace Serverless.Shared.Reading;

/// <summary>
/// Refuses a PDF portfolio (a catalogue with a <c>/Collection</c>): a viewer opens it on the list of the files attached to
/// it, and its pages are only a cover ("This portfolio holds attached files", or nothing). Attached files are never read
/// (they may be of any format, and are not the document a viewer shows first), so the cover was read and classified as
/// the contribution, or refused as "no selectable text (it may be a scan)", which sent its sender to text recognition.
/// </summary>
internal static class PdfPortfolio
{
    private static readonly NameToken Collection = NameToken.Create("Collection");

    public static void Refuse(PdfDocument document)
    {
        var structure = document.Structure;
        if (!DirectObjectFinder.TryGet<DictionaryToken>(new IndirectReferenceToken(structure.Trailer.Root), structure.TokenScanner, out var catalog) ||
            !catalog.TryGet(Collection, out _))
        {
            return;
        }

        throw new UnreadableDocumentException(
            "The PDF is a portfolio: its content is in the files attached to it, which are not read, and its pages are only a cover. " +
            "Save the attached files out of it (in the viewer's list of attachments) and upload the contribution itself.");
    }
}
