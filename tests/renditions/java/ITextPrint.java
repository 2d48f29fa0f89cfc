import java.io.FileOutputStream;
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

import com.itextpdf.text.Chunk;
import com.itextpdf.text.Document;
import com.itextpdf.text.DocumentException;
import com.itextpdf.text.Element;
import com.itextpdf.text.Font;
import com.itextpdf.text.ListItem;
import com.itextpdf.text.PageSize;
import com.itextpdf.text.Paragraph;
import com.itextpdf.text.Phrase;
import com.itextpdf.text.Rectangle;
import com.itextpdf.text.TabSettings;
import com.itextpdf.text.pdf.BaseFont;
import com.itextpdf.text.pdf.ColumnText;
import com.itextpdf.text.pdf.PdfContentByte;
import com.itextpdf.text.pdf.PdfPCell;
import com.itextpdf.text.pdf.PdfPTable;
import com.itextpdf.text.pdf.PdfPageEventHelper;
import com.itextpdf.text.pdf.PdfTemplate;
import com.itextpdf.text.pdf.PdfWriter;

/**
 * Sets a contribution written in Markdown in a PDF with iText 5, as a Java report service builds one from its objects:
 * Paragraph (justified), List and ListItem for numbered, lettered and bulleted items (the list's own symbols, its first
 * number from the source), a tab stop for a number and its text (sources/un/), PdfPTable for the table, Chunk.setTextRise
 * for the calls and the notes gathered at the end; Times of the base 14 (not embedded), and, when given, a running header
 * and a footer "... page n of m" written by a page event, the count filled into a template when the document closes.
 * Usage: java -cp itext5.jar:. ITextPrint SOURCE.md OUT.pdf [HEADER] [FOOTER] [PAGE] [OF]
 */
public final class ITextPrint {
    private static final Pattern MARKER = Pattern.compile("^(\\d+)\\.\\s+(.*)$|^([a-z])\\)\\s+(.*)$|^-\\s+(.*)$");
    private static final Pattern TAB = Pattern.compile("^([^\\t#|]+)\\t(.*)$");
    private static final Pattern NOTE = Pattern.compile("^\\[\\^(\\d+)\\]:\\s*(.*)$");
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|\\*(.+?)\\*|\\[\\^(\\d+)\\]");
    private static final Font BODY = new Font(Font.FontFamily.TIMES_ROMAN, 11);
    private static final Font ITALIC = new Font(Font.FontFamily.TIMES_ROMAN, 11, Font.ITALIC);
    private static final Font BOLD = new Font(Font.FontFamily.TIMES_ROMAN, 11, Font.BOLD);
    private static final Font CALL = new Font(Font.FontFamily.TIMES_ROMAN, 7);

    /** The running lines: the header atop, "footer – page n of m" at the foot, m written once the pages are counted. */
    private static final class Running extends PdfPageEventHelper {
        private final String header, footer, page, of;
        private PdfTemplate total;
        private BaseFont font;

        Running(String header, String footer, String page, String of) {
            this.header = header; this.footer = footer; this.page = page; this.of = of;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 12);
            try {
                font = BaseFont.createFont(BaseFont.TIMES_ROMAN, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Font small = new Font(Font.FontFamily.TIMES_ROMAN, 9);
            if (!header.isEmpty()) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(header, small), document.right(), document.top() + 24, 0);
            }
            String text = footer.isEmpty() ? String.valueOf(writer.getPageNumber()) : footer + " \u2013 " + page + " " + writer.getPageNumber() + " " + of + " ";
            float width = font.getWidthPoint(text, 9);
            float x = (document.left() + document.right()) / 2 - width / 2;
            canvas.beginText();
            canvas.setFontAndSize(font, 9);
            canvas.setTextMatrix(x, document.bottom() - 30);
            canvas.showText(text);
            canvas.endText();
            if (!footer.isEmpty()) {
                canvas.addTemplate(total, x + width, document.bottom() - 30);
            }
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 9);
            total.showText(String.valueOf(writer.getPageNumber()));
            total.endText();
        }
    }

    public static void main(String[] args) throws IOException, DocumentException {
        String header = args.length > 2 ? args[2] : "", footer = args.length > 3 ? args[3] : "";
        String page = args.length > 4 ? args[4] : "page", of = args.length > 5 ? args[5] : "of";
        Document document = new Document(PageSize.A4, 64, 64, 72, 72);
        PdfWriter writer = PdfWriter.getInstance(document, new FileOutputStream(args[1]));
        writer.setPageEvent(new Running(header, footer, page, of));
        document.open();
        Map<String, String> notes = new LinkedHashMap<>();
        List<String[]> table = new ArrayList<>();
        com.itextpdf.text.List list = null;
        char listKind = ' ';
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.startsWith("|")) {
                if (list != null) { document.add(list); list = null; listKind = ' '; }
                if (!line.matches("^\\|[\\s:|-]+\\|$")) table.add(line.replaceAll("^\\||\\|$", "").split("\\|"));
                continue;
            }
            if (!table.isEmpty()) { document.add(table(table)); table.clear(); }
            if (line.isBlank()) continue;
            Matcher note = NOTE.matcher(line), marker = MARKER.matcher(line), tab = TAB.matcher(line);
            if (note.matches()) { notes.put(note.group(1), note.group(2)); continue; }
            char kind = !marker.matches() ? ' ' : marker.group(1) != null ? '1' : marker.group(3) != null ? 'a' : '-';
            if (list != null && kind != listKind) { document.add(list); list = null; }
            listKind = kind;
            if (line.startsWith("#")) {
                int level = line.indexOf(' ');
                Font font = new Font(Font.FontFamily.HELVETICA, level == 1 ? 16 : 12.5f, Font.BOLD);
                Paragraph heading = new Paragraph();
                String title = line.substring(level + 1).trim();
                Matcher numbered = TAB.matcher(title);
                if (numbered.matches()) {
                    heading.setTabSettings(new TabSettings(50f));
                    heading.add(new Chunk(numbered.group(1), font));
                    heading.add(Chunk.TABBING);
                    title = numbered.group(2);
                }
                heading.addAll(phrase(title, font, font, font));
                heading.setSpacingBefore(level == 1 ? 0 : 8);
                heading.setSpacingAfter(6);
                document.add(heading);
            } else if (tab.matches()) {
                Paragraph numbered = new Paragraph();
                numbered.setTabSettings(new TabSettings(36f));
                numbered.add(new Chunk(tab.group(1).replace("*", ""), BODY));
                numbered.add(Chunk.TABBING);
                numbered.addAll(phrase(tab.group(2), BODY, ITALIC, BOLD));
                numbered.setAlignment(Element.ALIGN_JUSTIFIED);
                numbered.setSpacingAfter(6);
                document.add(numbered);
            } else if (marker.matches()) {
                // One List per run of items: numbered from the source's first number, lettered, or bulleted.
                boolean number = marker.group(1) != null, letter = marker.group(3) != null;
                if (list == null) {
                    list = number ? new com.itextpdf.text.List(com.itextpdf.text.List.ORDERED)
                        : letter ? new com.itextpdf.text.List(com.itextpdf.text.List.ORDERED, com.itextpdf.text.List.ALPHABETICAL)
                        : new com.itextpdf.text.List(com.itextpdf.text.List.UNORDERED);
                    list.setSymbolIndent(number ? 22 : 18);
                    list.setIndentationLeft(number ? 0 : 18);
                    if (number) list.setFirst(Integer.parseInt(marker.group(1)));
                    if (letter) { list.setLowercase(true); list.setPostSymbol(") "); }
                    if (!number && !letter) list.setListSymbol(new Chunk("\u2022 ", BODY));
                }
                ListItem item = new ListItem();
                item.addAll(phrase(number ? marker.group(2) : letter ? marker.group(4) : marker.group(5), BODY, ITALIC, BOLD));
                item.setAlignment(Element.ALIGN_JUSTIFIED);
                item.setSpacingAfter(4);
                list.add(item);
            } else {
                Paragraph paragraph = new Paragraph();
                paragraph.addAll(phrase(line, BODY, ITALIC, BOLD));
                paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
                paragraph.setSpacingAfter(6);
                document.add(paragraph);
            }
        }
        if (list != null) document.add(list);
        if (!table.isEmpty()) document.add(table(table));
        if (!notes.isEmpty()) {
            Paragraph rule = new Paragraph(new Chunk(new com.itextpdf.text.pdf.draw.LineSeparator(0.5f, 30, null, Element.ALIGN_LEFT, 0)));
            rule.setSpacingBefore(6);
            document.add(rule);
            Font small = new Font(Font.FontFamily.TIMES_ROMAN, 9);
            for (Map.Entry<String, String> n : notes.entrySet()) {
                Paragraph text = new Paragraph();
                text.add(new Chunk(n.getKey(), new Font(Font.FontFamily.TIMES_ROMAN, 6)).setTextRise(3));
                text.add(new Chunk(" ", small));
                text.addAll(phrase(n.getValue(), small, small, small));
                document.add(text);
            }
        }
        document.close();
    }

    private static PdfPTable table(List<String[]> rows) throws DocumentException {
        PdfPTable table = new PdfPTable(rows.get(0).length);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (int r = 0; r < rows.size(); r++) {
            for (String cell : rows.get(r)) {
                PdfPCell pdfCell = new PdfPCell(new Phrase(cell.trim(), r == 0 ? BOLD : BODY));
                pdfCell.setBorderWidth(0.5f);
                table.addCell(pdfCell);
            }
        }
        return table;
    }

    /** The text's chunks: **bold**, *italic*, calls [^n] raised. */
    private static List<Chunk> phrase(String text, Font plain, Font italic, Font bold) {
        List<Chunk> chunks = new ArrayList<>();
        text = text.replace("\\", "");
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) chunks.add(new Chunk(text.substring(at, m.start()), plain));
            if (m.group(1) != null) chunks.add(new Chunk(m.group(1), bold));
            else if (m.group(2) != null) chunks.add(new Chunk(m.group(2), italic));
            else chunks.add(new Chunk(m.group(3), CALL).setTextRise(4));
            at = m.end();
        }
        if (at < text.length()) chunks.add(new Chunk(text.substring(at), plain));
        return chunks;
    }
}
