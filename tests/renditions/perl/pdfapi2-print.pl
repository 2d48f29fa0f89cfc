#!/usr/bin/perl
# Sets the blocks js/blocks-json.mjs reads from a Markdown source with PDF::API2, as an intranet report system prints a
# document: the script breaks every line itself by measuring its words and writes each line where it stands, ragged,
# in the core fonts (Helvetica, not embedded); list markers hang in the left margin of their text, a number set with a
# tab (U+E000 in the source) stands a tab stop before its text, footnote calls are raised by a text rise in smaller
# type, the notes are gathered at the end under a rule, the table is drawn cell by cell under a header rule, and the
# running lines are written on every page once the last page is known ("page n of m").
# Usage: pdfapi2-print.pl BLOCKS.json OUT.pdf [HEADER FOOTER PAGE-WORD OF-WORD]
use strict;
use warnings;
use utf8;
use JSON::PP;
use PDF::API2;
use Encode qw(decode);

my ($json_path, $out, $header, $footer, $page_word, $of_word) = map { decode('UTF-8', $_) } @ARGV;
die "usage: pdfapi2-print.pl BLOCKS.json OUT.pdf [HEADER FOOTER PAGE-WORD OF-WORD]\n" unless $out;
$page_word //= 'Page';
$of_word //= 'of';
my $doc = do { local $/; open my $fh, '<:raw', $json_path or die "$json_path: $!\n"; decode_json(<$fh>) };

my ($page_w, $page_h) = (595.28, 841.89);
my ($left, $right, $top, $bottom) = (62, 62, 72, 72);
my $width = $page_w - $left - $right;
my ($body, $leading, $after) = (10.5, 14, 7);
my $hang = 22;

my $pdf = PDF::API2->new();
$pdf->info(Producer => 'PDF::API2 ' . $PDF::API2::VERSION, Title => 'Contribution');
my %font = (
    '' => $pdf->corefont('Helvetica', -encoding => 'cp1252'),
    b  => $pdf->corefont('Helvetica-Bold', -encoding => 'cp1252'),
    i  => $pdf->corefont('Helvetica-Oblique', -encoding => 'cp1252'),
    bi => $pdf->corefont('Helvetica-BoldOblique', -encoding => 'cp1252'),
);
sub face { my ($piece, $bold) = @_; return $font{ (($piece->{b} || $bold) ? 'b' : '') . ($piece->{i} ? 'i' : '') }; }
sub measure { my ($piece, $size, $bold) = @_; return face($piece, $bold)->width($piece->{text}) * ($piece->{sup} ? $size * 0.62 : $size); }

my ($page, $text, $gfx, $y);
sub new_page {
    $page = $pdf->page();
    $page->mediabox(0, 0, $page_w, $page_h);
    $text = $page->text();
    $gfx = $page->gfx();
    $y = $page_h - $top;
}
sub room { my ($needed) = @_; new_page() if $y - $needed < $bottom; }

# Writes one line of pieces from x; a call is set in smaller type and raised by a third of the body's size.
sub write_line {
    my ($x, $size, $bold, @words) = @_;
    my $space = $font{''}->width(' ') * $size;
    for my $k (0 .. $#words) {
        for my $piece (@{ $words[$k] }) {
            my $piece_size = $piece->{sup} ? $size * 0.62 : $size;
            $text->font(face($piece, $bold), $piece_size);
            $text->rise($piece->{sup} ? $size * 0.35 : 0);
            $text->translate($x, $y);
            $text->text($piece->{text});
            $x += measure($piece, $size, $bold);
        }
        $x += $space;
    }
    $text->rise(0);
}

# Breaks words into lines of at most $room points (the first line $first_room) and writes them, each from its own x.
sub paragraph {
    my (%o) = @_;
    my ($size, $lead, $bold) = ($o{size} // $body, $o{leading} // $leading, $o{bold} // 0);
    my @lines = ([]);
    my $used = 0;
    my $space = $font{''}->width(' ') * $size;
    for my $word (@{ $o{words} }) {
        my $w = 0;
        $w += measure($_, $size, $bold) for @$word;
        my $room = @lines == 1 ? $o{first_room} : $o{room};
        if (@{ $lines[-1] } && $used + $space + $w > $room) { push @lines, []; $used = 0; }
        $used += (@{ $lines[-1] } ? $space : 0) + $w;
        push @{ $lines[-1] }, $word;
    }
    for my $k (0 .. $#lines) {
        room($lead);
        $y -= $lead;
        if ($k == 0 && defined $o{marker}) {
            $text->font($bold ? $font{b} : $font{''}, $size);
            $text->translate($o{marker_x}, $y);
            $text->text($o{marker});
        }
        write_line($k == 0 ? $o{first_x} : $o{x}, $size, $bold, @{ $lines[$k] });
    }
    $y -= $o{after} // $after;
}

sub words_of { my ($block) = @_; return $block->{words}; }

new_page();
for my $block (@{ $doc->{blocks} }) {
    my $t = $block->{t};
    my $indent = ($block->{depth} // 0) > 1 ? ($block->{depth} - 1) * $hang : 0;
    if ($t eq 'h') {
        my $size = $block->{level} == 1 ? 14 : 12;
        room(3 * $size);
        $y -= 6;
        my %o = (words => words_of($block), size => $size, leading => $size * 1.3, bold => 1, x => $left,
            first_x => $left, room => $width, first_room => $width, after => 4);
        if (defined $block->{tabMarker}) {
            # A heading's number set with a tab (I, II...): its text starts at the next stop.
            my $stop = 36;
            $stop += 36 while $font{b}->width($block->{tabMarker} . ' ') * $size > $stop;
            %o = (%o, marker => $block->{tabMarker}, marker_x => $left, first_x => $left + $stop, first_room => $width - $stop);
        }
        paragraph(%o);
    } elsif ($t eq 'p' || $t eq 'li') {
        my $x = $left + $indent;
        my %o = (words => words_of($block), x => $x, first_x => $x, room => $width - $indent, first_room => $width - $indent);
        if (defined $block->{tabMarker}) {
            # A number set with a tab: the text starts at the next stop, its later lines at the margin.
            my $stop = 36;
            $stop += 36 while $font{''}->width($block->{tabMarker} . ' ') * $body > $stop;
            %o = (%o, marker => $block->{tabMarker}, marker_x => $x, first_x => $x + $stop, first_room => $width - $indent - $stop);
        } elsif ($t eq 'li') {
            # A list's marker hangs before its text, whose lines all start at the same place.
            %o = (%o, marker => $block->{marker}, marker_x => $x, x => $x + $hang, first_x => $x + $hang,
                room => $width - $indent - $hang, first_room => $width - $indent - $hang);
        }
        paragraph(%o);
    } elsif ($t eq 'table') {
        my @rows = @{ $block->{rows} };
        my $columns = @{ $rows[0] };
        my $first = $width * ($columns > 2 ? 0.5 : 0.6);
        my @x = ($left, map { $left + $first + ($_ - 1) * ($width - $first) / ($columns - 1) } 1 .. $columns - 1);
        $y -= 4;
        for my $r (0 .. $#rows) {
            my $bold = $r < ($block->{headRows} // 0);
            room($leading);
            $y -= $leading;
            for my $c (0 .. $columns - 1) {
                $text->font($bold ? $font{b} : $font{''}, $body);
                $text->translate($x[$c], $y);
                $text->text($rows[$r][$c]);
            }
            if ($bold) { $gfx->move($left, $y - 4)->hline($left + $width)->stroke; $y -= 3; }
        }
        $y -= $after + 4;
    }
}

if (@{ $doc->{notes} }) {
    room(3 * $leading);
    $y -= 8;
    $gfx->move($left, $y)->hline($left + 140)->stroke;
    my $n = 0;
    for my $note (@{ $doc->{notes} }) {
        $n++;
        my @words = map { [ { text => $_ } ] } split / /, $note;
        paragraph(words => \@words, size => 9, leading => 11.5, x => $left + 14, first_x => $left + 14,
            room => $width - 14, first_room => $width - 14, marker => $n, marker_x => $left, after => 3);
    }
}

# The running lines, once the number of pages is known.
my $count = $pdf->pages();
for my $n (1 .. $count) {
    my $p = $pdf->openpage($n);
    my $t = $p->text();
    $t->font($font{''}, 8.5);
    my $mark = "$page_word $n $of_word $count";
    if (defined $header && length $header) {
        $t->translate($left, $page_h - $top + 24);
        $t->text($header);
        $p->gfx()->move($left, $page_h - $top + 18)->hline($page_w - $right)->stroke;
        $mark = "$footer \x{2013} $mark" if defined $footer && length $footer;
    }
    $t->translate($page_w - $right, $bottom - 30);
    $t->text_right($mark);
}
$pdf->saveas($out);
