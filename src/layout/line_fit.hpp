// Private to layout/: breaking a shaped paragraph into lines (docs/spec/clreq.md §0, §4, §5, §7),
// on the character grid or proportionally. Exposed for unit testing.
#pragma once

#include "text/text.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace hsdoc::layout {

// One cluster of the paragraph: the smallest piece that is measured and placed whole.
struct Unit {
    std::string text;                 // UTF-8 of the cluster
    std::vector<text::Glyph> glyphs;  // in visual order
    double natural_pt = 0;            // sum of glyph advances at the run's size
    double width_pt = 0;              // what it occupies: one cell if full-width on a grid
    text::CharClass first_class = text::CharClass::han;
    text::CharClass last_class = text::CharClass::han;
    bool break_before = false;        // a line may start with this unit
    std::uint32_t byte_offset = 0;    // where the cluster starts in the paragraph's text
    style::Role role = style::Role::body;  // the font role it was shaped with
    int element = -1;                 // the structure element it belongs to; -1: the placer's current one
};

struct FitOptions {
    double line_width_pt = 0;
    double first_indent_pt = 0;       // the paragraph's first line starts this far in
    double rest_indent_pt = 0;        // the other lines start this far in (hanging lists)
    double em_pt = 0;                 // one full-width character: the grid cell, or the font size
    double max_gap_stretch_em = 0.25; // push-out beyond this stretch tries push-in first (clreq §0)
    bool justify = true;              // every line but the last flush left and right
    bool compress_adjacent = false;   // adjacent marks always share 1.5 em (clreq §4.1; article)
    bool trim_line_end = false;       // a mark ending a line gives up its blank half (§4.2; article)
    double han_latin_gap_em = 0;      // space between Han and Latin/digits (§6; article ¼)
    bool avoid_orphans = false;       // no last line of one character (+ mark) (§7; article)
    bool push_in_single_marks = false; // push-in may also squeeze lone marks (§5 shrink; article)
    bool push_in_first = false;        // try push-in before push-out, not only when too loose (article)
    bool whole_paragraph = false;      // choose all breaks together (grid): see fit_lines
    bool hang_stops = false;           // a lone 。，、；： that does not fit may sit past the
                                       // right edge instead of moving a character (§7; off)
};

struct FittedLine {
    std::size_t begin = 0;  // units [begin, end)
    std::size_t end = 0;
    std::vector<double> x_pt;            // each unit's left edge, from the line's start
    std::vector<double> glyph_shift_pt;  // where the glyph sits relative to its unit's edge
    double indent_pt = 0;
    double content_pt = 0;  // the line's width before justification (trimmed end included)
    bool pushed_in = false; // an extra punctuation pair was compressed to make it fit
    bool hanging = false;   // the last unit sits past the right edge (content_pt leaves it out)
};

// Builds the units of `utf8` shaped as `glyphs` at `size_pt`. With a grid cell, full-width
// characters take exactly one cell and half-width ones half a cell.
std::vector<Unit> make_units(std::string_view utf8, const std::vector<text::Glyph>& glyphs,
                             const text::FontSet& fonts, double size_pt, double cell_pt);

// Breaks units into lines: greedy fill, a break only where allowed, then push-in
// (compress adjacent punctuation, half an em per pair) when push-out would stretch the
// gaps past the limit, else push-out (move units to the next line and spread the freed
// space evenly over the gaps). A token longer than a line is broken where it overflows.
// With hang_stops, a lone stop mark that does not fit hangs past the edge first.
// With whole_paragraph, the breaks are chosen together to minimise the total slack
// (Knuth–Plass style): a line may give up a cell early so that a later one need not give
// up two, and push-in is used only where nothing else avoids a line two cells short.
std::vector<FittedLine> fit_lines(const std::vector<Unit>& units, const FitOptions& options);

}  // namespace hsdoc::layout
