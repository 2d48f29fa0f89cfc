// Sets the blocks js/blocks-json.mjs reads from a Markdown source with gofpdf, as a web service's "export to PDF"
// does: each paragraph one MultiCell (gofpdf breaks and justifies its lines), a list's marker in a cell of its own
// before the MultiCell of its text, headings in bold, Liberation Serif embedded as gofpdf's UTF-8 subsets; gofpdf
// cannot raise part of a cell, so footnote calls are superscript figures and the notes at the end open with them; a
// bordered table of cells; the running lines by the header and footer functions, the count by its page alias.
// Usage (GOPATH mode, Debian's golang-github-jung-kurt-gofpdf-dev):
//   GOPATH=/usr/share/gocode GO111MODULE=off go run gofpdf-print.go BLOCKS.json OUT.pdf [HEADER FOOTER PAGE-WORD OF-WORD]
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"
)

type piece struct {
	Text string `json:"text"`
	B    bool   `json:"b"`
	I    bool   `json:"i"`
	Sup  bool   `json:"sup"`
}

type block struct {
	T         string     `json:"t"`
	Level     int        `json:"level"`
	Depth     int        `json:"depth"`
	Marker    string     `json:"marker"`
	TabMarker *string    `json:"tabMarker"`
	Runs      []piece    `json:"runs"`
	Rows      [][]string `json:"rows"`
	HeadRows  int        `json:"headRows"`
}

const fonts = "/usr/share/fonts/truetype/liberation2"

var superscripts = map[rune]string{'0': "⁰", '1': "¹", '2': "²", '3': "³", '4': "⁴", '5': "⁵", '6': "⁶", '7': "⁷", '8': "⁸", '9': "⁹"}

func superscript(number string) string {
	var b strings.Builder
	for _, r := range number {
		b.WriteString(superscripts[r])
	}
	return b.String()
}

// The text of a block's runs, its calls written as superscript figures.
func text(runs []piece) string {
	var b strings.Builder
	for _, r := range runs {
		if r.Sup {
			b.WriteString(superscript(r.Text))
		} else {
			b.WriteString(r.Text)
		}
	}
	return b.String()
}

// A block set wholly in italics (an ITU lead-in) keeps its face; gofpdf gives a MultiCell one face.
func style(runs []piece, bold bool) string {
	italic := len(runs) > 0
	for _, r := range runs {
		if !r.I && strings.TrimSpace(r.Text) != "" && !r.Sup {
			italic = false
		}
	}
	s := ""
	if bold {
		s += "B"
	}
	if italic {
		s += "I"
	}
	return s
}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: gofpdf-print BLOCKS.json OUT.pdf [HEADER FOOTER PAGE-WORD OF-WORD]")
		os.Exit(2)
	}
	arg := func(k int, fallback string) string {
		if len(os.Args) > k {
			return os.Args[k]
		}
		return fallback
	}
	header, footer, pageWord, ofWord := arg(3, ""), arg(4, ""), arg(5, "Page"), arg(6, "of")
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	var doc struct {
		Blocks []block   `json:"blocks"`
		Notes  []string  `json:"notes"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		panic(err)
	}

	pdf := gofpdf.New("P", "mm", "A4", fonts)
	pdf.SetMargins(25, 25, 25)
	pdf.SetAutoPageBreak(true, 25)
	pdf.SetCreator("gofpdf", true)
	// A fixed date, so that printing the same source again writes the same file.
	pdf.SetCreationDate(time.Date(2026, 1, 15, 10, 0, 0, 0, time.UTC))
	pdf.SetModificationDate(time.Date(2026, 1, 15, 10, 0, 0, 0, time.UTC))
	pdf.AddUTF8Font("serif", "", "LiberationSerif-Regular.ttf")
	pdf.AddUTF8Font("serif", "B", "LiberationSerif-Bold.ttf")
	pdf.AddUTF8Font("serif", "I", "LiberationSerif-Italic.ttf")
	pdf.AddUTF8Font("serif", "BI", "LiberationSerif-BoldItalic.ttf")
	pdf.AliasNbPages("{nb}")
	if header != "" {
		pdf.SetHeaderFunc(func() {
			pdf.SetFont("serif", "I", 9)
			pdf.SetY(12)
			pdf.CellFormat(0, 5, header, "B", 1, "L", false, 0, "")
			pdf.SetY(25)
		})
	}
	pdf.SetFooterFunc(func() {
		pdf.SetY(-18)
		pdf.SetFont("serif", "", 9)
		mark := fmt.Sprintf("%s %d %s {nb}", pageWord, pdf.PageNo(), ofWord)
		if footer != "" {
			mark = footer + " – " + mark
		}
		pdf.CellFormat(0, 5, mark, "", 0, "C", false, 0, "")
	})
	pdf.AddPage()

	width, _ := pdf.GetPageSize()
	left, _, right, _ := pdf.GetMargins()
	textWidth := width - left - right
	const hang = 9.0
	for _, b := range doc.Blocks {
		indent := 0.0
		if b.Depth > 1 {
			indent = float64(b.Depth-1) * hang
		}
		switch b.T {
		case "h":
			size := 13.0
			if b.Level == 1 {
				size = 15
			}
			pdf.Ln(3)
			pdf.SetFont("serif", style(b.Runs, true), size)
			if b.TabMarker != nil {
				// A heading's number set with a tab (I, II...): a cell of its own before the heading's text.
				w := math.Max(12.5, pdf.GetStringWidth(*b.TabMarker)+3)
				pdf.CellFormat(w, size*0.45, *b.TabMarker, "", 0, "L", false, 0, "")
				pdf.MultiCell(textWidth-w, size*0.45, text(b.Runs), "", "L", false)
			} else {
				pdf.MultiCell(0, size*0.45, text(b.Runs), "", "L", false)
			}
			pdf.Ln(2)
		case "p", "li":
			pdf.SetFont("serif", style(b.Runs, false), 11)
			pdf.SetX(left + indent)
			marker := b.Marker
			if b.TabMarker != nil {
				marker = *b.TabMarker
			}
			if b.T == "li" || b.TabMarker != nil {
				w := hang
				if b.TabMarker != nil {
					w = math.Max(12.5, pdf.GetStringWidth(marker)+3)
				}
				pdf.CellFormat(w, 5.2, marker, "", 0, "L", false, 0, "")
				pdf.MultiCell(textWidth-indent-w, 5.2, text(b.Runs), "", "J", false)
			} else {
				pdf.MultiCell(textWidth-indent, 5.2, text(b.Runs), "", "J", false)
			}
			pdf.Ln(2.5)
		case "table":
			columns := len(b.Rows[0])
			first := textWidth * 0.5
			rest := (textWidth - first) / float64(columns-1)
			for r, row := range b.Rows {
				face := ""
				if r < b.HeadRows {
					face = "B"
				}
				pdf.SetFont("serif", face, 10)
				for c, cell := range row {
					w, align := first, "L"
					if c > 0 {
						w, align = rest, "R"
					}
					pdf.CellFormat(w, 6.5, cell, "1", 0, align, false, 0, "")
				}
				pdf.Ln(-1)
			}
			pdf.Ln(3)
		}
	}
	if len(doc.Notes) > 0 {
		pdf.Ln(4)
		y := pdf.GetY()
		pdf.Line(left, y, left+50, y)
		pdf.Ln(2)
		pdf.SetFont("serif", "", 9)
		for k, note := range doc.Notes {
			pdf.MultiCell(0, 4.2, superscript(strconv.Itoa(k+1))+" "+note, "", "L", false)
			pdf.Ln(1)
		}
	}
	if err := pdf.OutputFileAndClose(os.Args[2]); err != nil {
		panic(err)
	}
}
