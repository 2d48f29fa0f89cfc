// Sets a contribution with SkiaSharp's PDF backend (SKDocument.CreatePdf: Skia's own PDF writer, as .NET services that
// draw reports on a canvas write them): the blocks of a Markdown source (js/blocks-json.mjs) broken into lines by
// measuring each word, Liberation Sans at 10.5 pt, ragged right, each word drawn where the line puts it, list markers
// hung in a hanging indent, raised calls in smaller type, the notes gathered at the end under "Notes", a running header
// (the text given) on every page over a rule, and the page number at the right of the foot.
// Usage: skia-print BLOCKS.json OUT.pdf HEADER
using System.Text.Json;
using SkiaSharp;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: skia-print BLOCKS.json OUT.pdf HEADER");
    return 2;
}
var source = JsonDocument.Parse(File.ReadAllText(args[0])).RootElement;
var notes = source.GetProperty("notes").EnumerateArray().Select(n => n.GetString() ?? "").ToList();
using var stream = new SKFileWStream(args[1]);
using var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = args[2], Creator = "skia-print" });
var printer = new Printer(document, args[2]);
foreach (var block in source.GetProperty("blocks").EnumerateArray()) printer.Block(block);
printer.Notes(notes);
printer.Close();
return 0;

sealed record Piece(string Text, bool Bold, bool Italic, bool Raised);

sealed class Printer(SKDocument document, string header)
{
    const float Width = 595.28f, Height = 841.89f, Left = 68, Right = 68, Top = 78, Bottom = 70;
    const float BodySize = 10.5f, BodyLeading = 14;
    static readonly Dictionary<(bool, bool), SKTypeface> Faces = new()
    {
        [(false, false)] = SKTypeface.FromFile("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"),
        [(true, false)] = SKTypeface.FromFile("/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
        [(false, true)] = SKTypeface.FromFile("/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf"),
        [(true, true)] = SKTypeface.FromFile("/usr/share/fonts/truetype/liberation2/LiberationSans-BoldItalic.ttf"),
    };
    readonly SKPaint ink = new() { Color = SKColors.Black, IsAntialias = true };
    SKCanvas? canvas;
    int page;
    float y;

    static SKFont Font(Piece p, float size) => new(Faces[(p.Bold, p.Italic)], p.Raised ? size * 0.62f : size);

    static float Measure(string text, Piece p, float size) => Font(p, size).MeasureText(text);

    SKCanvas Canvas => canvas ?? NewPage();

    SKCanvas NewPage()
    {
        if (canvas is not null) document.EndPage();
        canvas = document.BeginPage(Width, Height);
        page++;
        var small = new Piece("", false, true, false);
        canvas.DrawText(header, Left, 48, SKTextAlign.Left, Font(small, 8.5f), ink);
        canvas.DrawLine(Left, 53, Width - Right, 53, new SKPaint { Color = SKColors.Black, StrokeWidth = 0.5f });
        var number = page.ToString();
        canvas.DrawText(number, Width - Right, Height - 40, SKTextAlign.Right, Font(new Piece("", false, false, false), 9), ink);
        y = Top;
        return canvas;
    }

    static List<List<Piece>> Words(JsonElement block) =>
        block.GetProperty("words").EnumerateArray().Select(w => w.EnumerateArray().Select(ReadPiece).ToList()).ToList();

    static Piece ReadPiece(JsonElement p) => new(p.GetProperty("text").GetString() ?? "", Flag(p, "b"), Flag(p, "i"), Flag(p, "sup"));

    static bool Flag(JsonElement p, string name) => p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    public void Block(JsonElement block)
    {
        var kind = block.GetProperty("t").GetString();
        var depth = block.TryGetProperty("depth", out var d) ? d.GetInt32() : 0;
        var indent = Math.Max(0, depth - 1) * 22f;
        var tab = block.TryGetProperty("tabMarker", out var t) ? t.GetString() : null;
        switch (kind)
        {
            case "h":
                var level = block.GetProperty("level").GetInt32();
                var size = level == 1 ? 14f : level == 2 ? 12f : 10.5f;
                Space(level == 1 ? 4 : 12);
                Paragraph(Words(block), size, size * 1.3f, 0, null, tab, bold: true);
                Space(5);
                break;
            case "p":
                Paragraph(Words(block), BodySize, BodyLeading, indent, null, tab);
                Space(7);
                break;
            case "li":
                Paragraph(Words(block), BodySize, BodyLeading, indent + 22, (block.GetProperty("marker").GetString() ?? "", indent), null);
                Space(4);
                break;
            case "lp":
                Paragraph(Words(block), BodySize, BodyLeading, indent + 22, null, null);
                Space(4);
                break;
            case "table":
                Table(block);
                break;
        }
    }

    void Space(float points) { if (y > Top) y += points; }

    static List<(List<List<Piece>> Words, float Used)> Break(List<List<Piece>> words, float size, float firstWidth, float width)
    {
        var lines = new List<(List<List<Piece>>, float)>();
        var line = new List<List<Piece>>();
        float used = 0, space = Measure(" ", new Piece(" ", false, false, false), size);
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

    void Paragraph(List<List<Piece>> words, float size, float leading, float indent, (string Text, float Indent)? marker, string? tab,
        bool bold = false)
    {
        var x = Left + indent;
        var width = Width - Right - x;
        var tabWidth = tab is null ? 0 : Math.Max(36, Measure(tab + " ", new Piece(tab, bold, false, false), size));
        var lines = Break(words, size, width - tabWidth, width);
        for (var k = 0; k < lines.Count; k++)
        {
            if (canvas is null || y + leading > Height - Bottom) NewPage();
            y += leading;
            if (k == 0 && marker is { } m) Canvas.DrawText(m.Text, Left + m.Indent, y, SKTextAlign.Left, Font(new Piece(m.Text, false, false, false), size), ink);
            if (k == 0 && tab is not null) Canvas.DrawText(tab, x, y, SKTextAlign.Left, Font(new Piece(tab, bold, false, false), size), ink);
            DrawLine(lines[k].Words, x + (k == 0 ? tabWidth : 0), size);
        }
    }

    // Each word is drawn where the line puts it, each piece of a word (a change of face, a raised call) on its own.
    void DrawLine(List<List<Piece>> words, float x, float size)
    {
        var space = Measure(" ", new Piece(" ", false, false, false), size);
        foreach (var (word, k) in words.Select((w, k) => (w, k)))
        {
            if (k > 0) x += space;
            foreach (var piece in word)
            {
                Canvas.DrawText(piece.Text, x, y - (piece.Raised ? size * 0.38f : 0), SKTextAlign.Left, Font(piece, size), ink);
                x += Measure(piece.Text, piece, size);
            }
        }
    }

    public void Notes(List<string> notes)
    {
        if (notes.Count == 0) return;
        Space(10);
        Paragraph([[new Piece("Notes", true, false, false)]], 12, 16, 0, null, null, bold: true);
        Space(4);
        for (var n = 0; n < notes.Count; n++)
        {
            var words = notes[n].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new List<Piece> { new(w, false, false, false) }).ToList();
            Paragraph(words, 9, 12, 16, ((n + 1) + ".", 0), null);
            Space(3);
        }
    }

    void Table(JsonElement block)
    {
        var rows = block.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString() ?? "").ToList()).ToList();
        var headRows = block.GetProperty("headRows").GetInt32();
        var total = Width - Left - Right;
        var widths = Enumerable.Range(0, rows[0].Count).Select(c => c == 0 ? total * 0.55f : total * 0.45f / (rows[0].Count - 1)).ToList();
        var rule = new SKPaint { Color = SKColors.Black, StrokeWidth = 0.5f };
        Space(4);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Select((text, c) => Break(
                text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new List<Piece> { new(w, r < headRows, false, false) }).ToList(),
                BodySize, widths[c] - 8, widths[c] - 8)).ToList();
            var height = cells.Max(c => c.Count) * BodyLeading + 4;
            if (canvas is null || y + height > Height - Bottom) NewPage();
            var top = y;
            var x = Left;
            for (var c = 0; c < cells.Count; c++)
            {
                y = top;
                foreach (var line in cells[c])
                {
                    y += BodyLeading;
                    DrawLine(line.Words, x + 2, BodySize);
                }
                x += widths[c];
            }
            y = top + height;
            if (r == headRows - 1 || r == rows.Count - 1) Canvas.DrawLine(Left, y, Width - Right, y, rule);
        }
        Space(8);
    }

    public void Close()
    {
        if (canvas is not null) document.EndPage();
        document.Close();
    }
}
