// Sets a contribution with PDFsharp 6 as a .NET program that writes its own PDF does: the blocks of a Markdown source
// (js/blocks-json.mjs: headings, paragraphs, list items, tables, raised footnote calls) broken into lines by measuring
// each word, a justified line drawn word by word (PDFsharp has no word spacing), a ragged one as one string per run,
// the notes at the foot of the page that calls them under a short rule, and "Page n of m" centred at the foot.
// Liberation Serif, embedded as subsets. Usage: pdfsharp-print BLOCKS.json OUT.pdf
using System.Text.Json;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: pdfsharp-print BLOCKS.json OUT.pdf");
    return 2;
}
GlobalFontSettings.FontResolver = new LiberationFonts();
var source = JsonDocument.Parse(File.ReadAllText(args[0])).RootElement;
var notes = source.GetProperty("notes").EnumerateArray().Select(n => n.GetString() ?? "").ToList();
var printer = new Printer(notes);
foreach (var block in source.GetProperty("blocks").EnumerateArray()) printer.Block(block);
printer.Save(args[1]);
return 0;

sealed record Piece(string Text, bool Bold, bool Italic, bool Raised);

sealed class Printer
{
    const double Width = 595.28, Height = 841.89, Left = 72, Right = 72, Top = 70, Bottom = 72;
    const double BodySize = 11, BodyLeading = 14, NoteSize = 8.5, NoteLeading = 10.5;
    readonly PdfDocument document = new();
    readonly List<string> notes;
    readonly List<(PdfPage Page, XGraphics Graphics)> pages = [];
    readonly List<int> pageNotes = [];
    double y, noteRoom;
    XGraphics g = null!;

    public Printer(List<string> notes)
    {
        this.notes = notes;
        NewPage();
    }

    void NewPage()
    {
        if (pages.Count > 0) FinishPage();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(Width);
        page.Height = XUnit.FromPoint(Height);
        g = XGraphics.FromPdfPage(page);
        pages.Add((page, g));
        pageNotes.Clear();
        noteRoom = 0;
        y = Top;
    }

    static XFont Font(Piece p, double size) =>
        new("Liberation Serif", p.Raised ? size * 0.62 : size,
            p.Bold && p.Italic ? XFontStyleEx.BoldItalic : p.Bold ? XFontStyleEx.Bold : p.Italic ? XFontStyleEx.Italic : XFontStyleEx.Regular);

    double Measure(string text, Piece p, double size) => g.MeasureString(text, Font(p, size)).Width;

    static List<List<Piece>> Words(JsonElement block) =>
        block.GetProperty("words").EnumerateArray().Select(w => w.EnumerateArray().Select(ReadPiece).ToList()).ToList();

    static Piece ReadPiece(JsonElement p) => new(p.GetProperty("text").GetString() ?? "", Flag(p, "b"), Flag(p, "i"), Flag(p, "sup"));

    static bool Flag(JsonElement p, string name) => p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    public void Block(JsonElement block)
    {
        var kind = block.GetProperty("t").GetString();
        var depth = block.TryGetProperty("depth", out var d) ? d.GetInt32() : 0;
        var indent = Math.Max(0, depth - 1) * 24;
        var tab = block.TryGetProperty("tabMarker", out var t) ? t.GetString() : null;
        switch (kind)
        {
            case "h":
                var level = block.GetProperty("level").GetInt32();
                var size = level == 1 ? 15 : level == 2 ? 12.5 : 11;
                Space(level == 1 ? 6 : 10);
                Paragraph(Words(block), size, size * 1.25, 0, null, tab, justify: false, bold: true);
                Space(4);
                break;
            case "p":
                Paragraph(Words(block), BodySize, BodyLeading, indent, null, tab, justify: true);
                Space(6);
                break;
            case "li":
                Paragraph(Words(block), BodySize, BodyLeading, indent + 24, (block.GetProperty("marker").GetString() ?? "", indent), null, justify: true);
                Space(4);
                break;
            case "lp":
                Paragraph(Words(block), BodySize, BodyLeading, indent + 24, null, null, justify: true);
                Space(4);
                break;
            case "table":
                Table(block);
                break;
        }
    }

    void Space(double points) { if (y > Top) y += points; }

    List<(List<List<Piece>> Words, double Used)> Break(List<List<Piece>> words, double size, double firstWidth, double width)
    {
        var lines = new List<(List<List<Piece>>, double)>();
        var line = new List<List<Piece>>();
        double used = 0, space = Measure(" ", new Piece(" ", false, false, false), size);
        foreach (var word in words)
        {
            var w = word.Sum(p => Measure(p.Text, p, size));
            var limit = lines.Count == 0 ? firstWidth : width;
            if (line.Count > 0 && used + space + w > limit)
            {
                lines.Add((line, used));
                line = [];
                used = 0;
            }
            used += (line.Count > 0 ? space : 0) + w;
            line.Add(word);
        }
        if (line.Count > 0) lines.Add((line, used));
        return lines;
    }

    void Paragraph(List<List<Piece>> words, double size, double leading, double indent, (string Text, double Indent)? marker,
        string? tab, bool justify, bool bold = false)
    {
        var x = Left + indent;
        var width = Width - Right - x;
        var tabWidth = tab is null ? 0 : Math.Max(36, Measure(tab + " ", new Piece(tab, bold, false, false), size));
        var lines = Break(words, size, width - tabWidth, width);
        for (var k = 0; k < lines.Count; k++)
        {
            var called = lines[k].Words.SelectMany(w => w).Where(p => p.Raised && int.TryParse(p.Text, out _)).Select(p => int.Parse(p.Text)).ToList();
            var needed = leading + called.Sum(NoteHeight) + (called.Count > 0 && pageNotes.Count == 0 ? 12 : 0);
            if (y + needed > Height - Bottom - noteRoom) NewPage();
            foreach (var n in called)
            {
                noteRoom += NoteHeight(n) + (pageNotes.Count == 0 ? 12 : 0);
                pageNotes.Add(n);
            }
            y += leading;
            if (k == 0 && marker is { } m) g.DrawString(m.Text, Font(new Piece(m.Text, false, false, false), size), XBrushes.Black, Left + m.Indent, y, XStringFormats.BaseLineLeft);
            if (k == 0 && tab is not null) g.DrawString(tab, Font(new Piece(tab, bold, false, false), size), XBrushes.Black, x, y, XStringFormats.BaseLineLeft);
            var start = x + (k == 0 ? tabWidth : 0);
            var lineWidth = k == 0 ? width - tabWidth : width;
            var last = k == lines.Count - 1;
            var gaps = lines[k].Words.Count - 1;
            var extra = justify && !last && gaps > 0 ? (lineWidth - lines[k].Used) / gaps : 0;
            DrawLine(lines[k].Words, start, size, extra);
        }
    }

    // A justified line is drawn word by word, each word where the spread puts it; a ragged one as one string per run
    // of one face, spaces written.
    void DrawLine(List<List<Piece>> words, double x, double size, double extra)
    {
        var space = Measure(" ", new Piece(" ", false, false, false), size);
        var runs = new List<(Piece Face, string Text, double X)>();
        foreach (var (word, k) in words.Select((w, k) => (w, k)))
        {
            if (k > 0) x += space + extra;
            foreach (var piece in word)
            {
                var last = runs.Count > 0 ? runs[^1] : default;
                var sameFace = runs.Count > 0 && extra == 0 && !piece.Raised && !last.Face.Raised
                    && last.Face.Bold == piece.Bold && last.Face.Italic == piece.Italic;
                if (sameFace) runs[^1] = (last.Face, last.Text + (k > 0 && piece == word[0] ? " " : "") + piece.Text, last.X);
                else runs.Add((piece, piece.Text, x));
                x += Measure(piece.Text, piece, size);
            }
        }
        foreach (var (face, text, at) in runs)
            g.DrawString(text, Font(face, size), XBrushes.Black, at, y - (face.Raised ? size * 0.35 : 0), XStringFormats.BaseLineLeft);
    }

    double NoteHeight(int number) =>
        Break(NoteWords(number), NoteSize, Width - Left - Right - 12, Width - Left - Right - 12).Count * NoteLeading + 2;

    List<List<Piece>> NoteWords(int number) =>
        notes[number - 1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new List<Piece> { new(w, false, false, false) }).ToList();

    void FinishPage()
    {
        if (pageNotes.Count == 0) return;
        var saved = y;
        y = Height - Bottom - noteRoom + 12;
        g.DrawLine(new XPen(XColors.Black, 0.5), Left, y - 6, Left + 108, y - 6);
        foreach (var n in pageNotes)
        {
            var lines = Break(NoteWords(n), NoteSize, Width - Left - Right - 12, Width - Left - Right - 12);
            g.DrawString(n.ToString(), Font(new Piece("", false, false, true), NoteSize), XBrushes.Black, Left, y + NoteLeading - NoteSize * 0.35, XStringFormats.BaseLineLeft);
            foreach (var line in lines)
            {
                y += NoteLeading;
                DrawLine(line.Words, Left + 12, NoteSize, 0);
            }
            y += 2;
        }
        y = saved;
    }

    void Table(JsonElement block)
    {
        var rows = block.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString() ?? "").ToList()).ToList();
        var headRows = block.GetProperty("headRows").GetInt32();
        var total = Width - Left - Right;
        var widths = Enumerable.Range(0, rows[0].Count).Select(c => c == 0 ? total * 0.5 : total * 0.5 / (rows[0].Count - 1)).ToList();
        Space(4);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Select((text, c) => Break(
                text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new List<Piece> { new(w, r < headRows, false, false) }).ToList(),
                BodySize, widths[c] - 8, widths[c] - 8)).ToList();
            var height = cells.Max(c => c.Count) * BodyLeading + 5;
            if (y + height > Height - Bottom - noteRoom) NewPage();
            var top = y;
            var x = Left;
            for (var c = 0; c < cells.Count; c++)
            {
                y = top + 1;
                foreach (var line in cells[c])
                {
                    y += BodyLeading;
                    DrawLine(line.Words, x + 4, BodySize, 0);
                }
                g.DrawRectangle(new XPen(XColors.Gray, 0.5), x, top, widths[c], height);
                x += widths[c];
            }
            y = top + height;
        }
        Space(8);
    }

    public void Save(string path)
    {
        FinishPage();
        for (var k = 0; k < pages.Count; k++)
        {
            var label = $"Page {k + 1} of {pages.Count}";
            var font = new XFont("Liberation Serif", 9, XFontStyleEx.Regular);
            pages[k].Graphics.DrawString(label, font, XBrushes.Black, (Width - pages[k].Graphics.MeasureString(label, font).Width) / 2, Height - 40, XStringFormats.BaseLineLeft);
        }
        document.Save(path);
    }
}

// Liberation's faces from Debian's fonts-liberation2, for every family the printer asks for.
sealed class LiberationFonts : IFontResolver
{
    const string Folder = "/usr/share/fonts/truetype/liberation2";

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new((isBold, isItalic) switch
        {
            (true, true) => "LiberationSerif-BoldItalic",
            (true, false) => "LiberationSerif-Bold",
            (false, true) => "LiberationSerif-Italic",
            _ => "LiberationSerif-Regular",
        });

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(Folder, faceName + ".ttf"));
}
