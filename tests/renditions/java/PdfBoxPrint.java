import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Sets a contribution written in Markdown in a PDF with PDFBox 2, as a hand-rolled Java export does: it reads the
 * Markdown line by line itself (headings, numbered and lettered paragraphs, bullets, a number and its text parted by a
 * tab, italics and bold, a pipe table, footnotes), breaks the lines itself with the fonts' widths, and draws each line
 * with showText() between beginText() and endText(), a run per face: Helvetica of the base 14 (WinAnsi, not embedded),
 * ragged right, markers hung in the margin of the text, calls raised by a text rise, the notes gathered at the end
 * under a rule, the table's cells at fixed columns, and, when given, a running header (right, over a rule) and footer
 * ("... page n of m", centred) written on every page once the pages are counted.
 * The tab's number is drawn at the margin and its text from a stop 36 pt in.
 * Usage: java -cp pdfbox2.jar:fontbox2.jar:commons-logging.jar:. PdfBoxPrint SOURCE.md OUT.pdf [HEADER] [FOOTER] [PAGE] [OF]
 */
public final class PdfBoxPrint {
    private static final float MARGIN = 62f, TOP = 770f, BOTTOM = 80f, BODY = 10.5f, LEADING = 14f, HANG = 30f;
    private static final Pattern MARKER = Pattern.compile("^(\\d+\\.|[a-z]\\)|\\([a-z]\\)|-)\\s+(.*)$");
    private static final Pattern TAB = Pattern.compile("^([^\\t#|]+)\\t(.*)$");
    private static final Pattern NOTE = Pattern.compile("^\\[\\^(\\d+)\\]:\\s*(.*)$");
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|\\*(.+?)\\*|\\[\\^(\\d+)\\]");

    private final PDDocument document = new PDDocument();
    private PDPageContentStream content;
    private float y;

    /** A piece of text in one face; raised for a footnote call. */
    private record Run(String text, PDFont font, float size, boolean raised) {}

    public static void main(String[] args) throws IOException {
        new PdfBoxPrint().print(Path.of(args[0]), new File(args[1]), arg(args, 2, ""), arg(args, 3, ""), arg(args, 4, "page"), arg(args, 5, "of"));
    }

    private static String arg(String[] args, int i, String fallback) { return args.length > i ? args[i] : fallback; }

    private void print(Path source, File out, String header, String footer, String pageWord, String ofWord) throws IOException {
        Map<String, String> notes = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        newPage();
        List<String[]> table = new ArrayList<>();
        for (String line : lines) {
            Matcher note = NOTE.matcher(line);
            if (line.startsWith("|")) {
                if (!line.matches("^\\|[\\s:|-]+\\|$")) table.add(line.replaceAll("^\\||\\|$", "").split("\\|"));
                continue;
            }
            if (!table.isEmpty()) { table(table); table.clear(); }
            if (line.isBlank()) continue;
            if (note.matches()) { notes.put(note.group(1), note.group(2)); continue; }
            if (line.startsWith("#")) {
                int level = line.indexOf(' ');
                float size = level == 1 ? 15f : 12f;
                y -= level == 1 ? 0 : 6;
                String title = line.substring(level + 1).trim();
                Matcher numbered = TAB.matcher(title);
                if (numbered.matches()) { // "81/215.<TAB>Information ...": the number, then the title from a stop
                    paragraph(runs(numbered.group(2), PDType1Font.HELVETICA_BOLD, size), MARGIN + 54, MARGIN + 54, size * 1.3f, numbered.group(1), MARGIN);
                } else {
                    paragraph(runs(title, PDType1Font.HELVETICA_BOLD, size), MARGIN, MARGIN, size * 1.3f, null, 0);
                }
                y -= 6;
                continue;
            }
            Matcher tab = TAB.matcher(line), marker = MARKER.matcher(line);
            if (tab.matches()) {
                // A number and its text parted by a tab: the number at the margin, the text from the stop, its
                // other lines back at the margin, as a word processor sets a tab.
                paragraph(runs(tab.group(2), PDType1Font.HELVETICA, BODY), MARGIN + 36, MARGIN, LEADING, tab.group(1).replace("*", ""), MARGIN);
            } else if (marker.matches()) {
                float indent = Character.isDigit(marker.group(1).charAt(0)) ? HANG : HANG + 18;
                String shown = marker.group(1).equals("-") ? "\u2022" : marker.group(1);
                paragraph(runs(marker.group(2), PDType1Font.HELVETICA, BODY), MARGIN + indent, MARGIN + indent, LEADING, shown, MARGIN + indent - HANG + 6);
            } else {
                paragraph(runs(line, PDType1Font.HELVETICA, BODY), MARGIN, MARGIN, LEADING, null, 0);
            }
            y -= 7;
        }
        if (!table.isEmpty()) table(table);
        if (!notes.isEmpty()) {
            need(30);
            y -= 6;
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + 120, y);
            content.stroke();
            y -= 6;
            for (Map.Entry<String, String> n : notes.entrySet()) {
                List<Run> runs = new ArrayList<>();
                runs.add(new Run(n.getKey(), PDType1Font.HELVETICA, 6.5f, true));
                runs.addAll(runs(" " + n.getValue(), PDType1Font.HELVETICA, 8.5f));
                paragraph(runs, MARGIN, MARGIN, 11f, null, 0);
                y -= 3;
            }
        }
        content.close();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream running = new PDPageContentStream(document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                if (!header.isEmpty()) {
                    show(running, header, PDType1Font.HELVETICA, 8.5f, PDRectangle.A4.getWidth() - MARGIN - width(header, PDType1Font.HELVETICA, 8.5f), 800);
                    running.moveTo(MARGIN, 795);
                    running.lineTo(PDRectangle.A4.getWidth() - MARGIN, 795);
                    running.stroke();
                }
                String foot = footer.isEmpty() ? String.valueOf(i + 1) : footer + " \u2013 " + pageWord + " " + (i + 1) + " " + ofWord + " " + count;
                show(running, foot, PDType1Font.HELVETICA, 8.5f, (PDRectangle.A4.getWidth() - width(foot, PDType1Font.HELVETICA, 8.5f)) / 2, 40);
            }
        }
        document.save(out);
        document.close();
    }

    /** The text's runs: **bold**, *italic* (bold italic inside bold), calls [^n] raised. */
    private static List<Run> runs(String text, PDFont plain, float size) {
        List<Run> runs = new ArrayList<>();
        Matcher m = INLINE.matcher(text.replace("\\", ""));
        int at = 0;
        boolean bold = plain == PDType1Font.HELVETICA_BOLD;
        while (m.find()) {
            if (m.start() > at) runs.add(new Run(m.group().isEmpty() ? "" : text.replace("\\", "").substring(at, m.start()), plain, size, false));
            if (m.group(1) != null) runs.add(new Run(m.group(1), PDType1Font.HELVETICA_BOLD, size, false));
            else if (m.group(2) != null) runs.add(new Run(m.group(2), bold ? PDType1Font.HELVETICA_BOLD_OBLIQUE : PDType1Font.HELVETICA_OBLIQUE, size, false));
            else runs.add(new Run(m.group(3), plain, size * 0.62f, true));
            at = m.end();
        }
        String rest = text.replace("\\", "");
        if (at < rest.length()) runs.add(new Run(rest.substring(at), plain, size, false));
        return runs;
    }

    /** Breaks the runs into lines of the column from left to the right margin and draws them; the marker hangs before the first. */
    private void paragraph(List<Run> runs, float first, float left, float leading, String marker, float markerX) throws IOException {
        float right = PDRectangle.A4.getWidth() - MARGIN;
        List<List<Run>> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        float x = first;
        for (Run run : runs) {
            String[] words = run.text().split("(?<= )");
            for (String word : words) {
                float w = width(word.stripTrailing(), run.font(), run.size());
                if (x + w > right && !line.isEmpty() && !run.raised()) {
                    lines.add(line);
                    line = new ArrayList<>();
                    x = left;
                    word = word.stripLeading();
                }
                line.add(new Run(word, run.font(), run.size(), run.raised()));
                x += width(word, run.font(), run.size());
            }
        }
        lines.add(line);
        for (int i = 0; i < lines.size(); i++) {
            need(leading);
            y -= leading;
            if (i == 0 && marker != null) show(content, marker, runs.get(0).font() == PDType1Font.HELVETICA_BOLD ? runs.get(0).font() : PDType1Font.HELVETICA,
                runs.get(0).size(), markerX, y);
            content.beginText();
            content.newLineAtOffset(i == 0 ? first : left, y);
            for (Run run : lines.get(i)) {
                String text = i + 1 == lines.size() || run != lines.get(i).get(lines.get(i).size() - 1) ? run.text() : run.text().stripTrailing();
                content.setFont(run.font(), run.size());
                content.setTextRise(run.raised() ? run.size() * 0.7f : 0);
                content.showText(encodable(text, run.font()));
            }
            content.endText();
        }
    }

    private void table(List<String[]> rows) throws IOException {
        float[] columns = {MARGIN, MARGIN + 250, MARGIN + 340};
        for (int r = 0; r < rows.size(); r++) {
            need(LEADING + 4);
            y -= LEADING + 2;
            String[] cells = rows.get(r);
            for (int c = 0; c < cells.length && c < columns.length; c++) {
                show(content, cells[c].trim(), r == 0 ? PDType1Font.HELVETICA_BOLD : PDType1Font.HELVETICA, BODY - 0.5f, columns[c], y);
            }
        }
        y -= 10;
    }

    private static void show(PDPageContentStream stream, String text, PDFont font, float size, float x, float y) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.setTextRise(0); // the text state outlives endText(): a call's rise would lift the next marker
        stream.newLineAtOffset(x, y);
        stream.showText(encodable(text, font));
        stream.endText();
    }

    private void need(float height) throws IOException {
        if (y - height < BOTTOM) {
            content.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        content.setLineWidth(0.5f);
        y = TOP;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(encodable(text, font)) / 1000f * size;
    }

    /** WinAnsi holds what the sources write but a few signs; those are drawn as their nearest letters, as such exports do. */
    private static String encodable(String text, PDFont font) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String s = String.valueOf(c);
            try {
                font.encode(s);
                out.append(c);
            } catch (IllegalArgumentException | IOException e) {
                out.append(c == '\u202F' || c == '\u00A0' ? " " : "?");
            }
        }
        return out.toString();
    }
}
