// Private to layout/: breaking a shaped paragraph into lines on the character grid
// (spec/clreq.md §0, §4, §5, §7). Exposed for unit testing.
#pragma once

#include "text/text.hpp"

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
};

struct FitOptions {
    double line_width_pt = 0;
    double first_indent_pt = 0;  // the paragraph's first line starts this far in
    double cell_pt = 0;          // grid cell: full-width units take exactly this
    double max_gap_stretch_em = 0.25;  // beyond this, push-in is preferred (clreq §0)
    bool justify = true;               // every line but the last flush left and right
};

struct FittedLine {
    std::size_t begin = 0;  // units [begin, end)
    std::size_t end = 0;
    std::vector<double> x_pt;        // each unit's left edge, from the line's left edge
    std::vector<double> glyph_shift_pt;  // where the glyph sits relative to its unit's edge
    double indent_pt = 0;
    bool pushed_in = false;          // a punctuation pair was compressed to make it fit
};

// Builds the units of `utf8` shaped as `glyphs` at `size_pt`.
std::vector<Unit> make_units(std::string_view utf8, const std::vector<text::Glyph>& glyphs,
                             const text::FontSet& fonts, double size_pt, double cell_pt);

// Breaks units into lines: greedy fill, a break only where allowed, then push-in
// (compress one adjacent punctuation pair by half a cell) or push-out (move the last units
// to the next line and spread the freed space evenly over the gaps).
std::vector<FittedLine> fit_lines(const std::vector<Unit>& units, const FitOptions& options);

}  // namespace hsdoc::layout
