// Private to layout/: puts lines on pages. Keeps the current page and grid line (slot),
// shapes text for a role, fits it into lines (line_fit.hpp) and places the glyphs; the
// flow in layout.cpp decides what goes where (docs/spec/gbt9704.md §5–§8).
#pragma once

#include "layout/layout.hpp"
#include "layout/line_fit.hpp"

#include <string>
#include <vector>

namespace hsdoc::layout {

// "2023-02-04T20:37" → "2023年2月4日" (GB/T 9704 §7.3.5.4: Arabic digits, full year, no
// leading zeros).
std::string chinese_date(const std::string& iso);

// A piece of a paragraph set in one font role (attendance: the label in 黑体, names in 仿宋).
struct Segment {
    style::Role role = style::Role::body;
    std::string text;
};

// The first `bytes` of a paragraph's text belong to another element than the rest: a list
// item's number (Lbl) before its text (LBody).
struct Label {
    std::size_t bytes = 0;
    int element = -1;
};

// How a paragraph sits in the measure: the first line's indent and the other lines'.
struct Indents {
    double first_pt = 0;
    double rest_pt = 0;
};

class PageBuilder {
public:
    PageBuilder(const style::Style& style, const text::FontSet& fonts, Pages& out, const Limits& limits);

    // 版头: the red mark, the document number (and for 纪要 the office row), the red rule;
    // the title then starts the style's number of lines under the rule, on the grid.
    void header(const std::string& issuer, const std::string& doc_number, const std::string& office,
                const std::string& date);

    // Centred lines with natural spacing (titles, the metadata line), as equal in length as
    // the break opportunities allow; titles break only between words.
    void centred(const std::string& utf8, style::Role role, bool words_only);

    // One line flush left in the role: "附件1" on an attachment's first line.
    void flush_left(const std::string& utf8, style::Role role);

    // A paragraph in the flow: grid cells (or proportional), indents, justified; split
    // across pages by the style's widows and orphans.
    void paragraph(const std::vector<Segment>& segments, Indents indents, int source_line, Label label = {});

    // The number of lines the paragraph would take, placing nothing.
    int count_lines(const std::vector<Segment>& segments, Indents indents, int source_line);

    // Unsealed signature (GB/T 9704 §7.3.5.2): the organ right-indented 2 字, the date on
    // the next line, its first character 2 字 right of the organ's first.
    void signature(const std::string& org, const std::string& date_text, int source_line);

    // The QR code right-aligned after the body, its caption under it, a link over it.
    void qr(const std::string& url);

    // 版记 (§7): rows ending on the last page's type-area bottom.
    void imprint(const std::string& cc, const std::string& printer, const std::string& print_date);

    // Empty grid lines; those past the page's end are dropped, since the next page starts on
    // its first line anyway.
    void blank_lines(int n);

    // Moves to a fresh page (an attachment's), unless the current one is still empty.
    void start_page();

    // Makes sure `rows` grid lines are left on this page, else starts the next.
    void ensure_room(int rows);

    // Grid lines left on the current page.
    int lines_left() const { return m_style.lines_per_page - m_slot; }

    // Puts the cursor on grid line `slot` (0-based) of the current page, if not past it.
    void move_to_line(int slot);

    void finish() { add_page_numbers(); }

    // The logical structure (layout.hpp Element): adds an element under `parent` and returns
    // its index; own() makes it the owner of what is placed next, furniture() makes what is
    // placed next an artifact.
    int add_element(const std::string& type, int parent, const std::string& title = {}, const std::string& alt = {});
    void own(int element);
    void furniture(Artifact kind);
    int owner() const { return m_owner.element; }

    double cell() const { return m_style.grid ? m_style.cell_pt() : m_body_size; }

    // Width of the first `chars` units of the text set in the body role: a list marker's
    // or a label's width, for hanging lines under it.
    double prefix_width(const std::string& utf8, std::size_t chars, style::Role role = style::Role::body);

private:
    Page& page() { return m_out.pages.back(); }
    double area_right() const { return m_style.area_left_pt + m_style.area_width_pt; }
    static double total_width(const std::vector<Unit>& units);
    // Throws Error(input) naming `field` when a one-line element is wider than its room.
    void check_fits(double width_pt, double room_pt, const std::string& field) const;
    std::vector<Unit> shape_units(const std::vector<Segment>& segments, double size, double cell, int source_line);
    FitOptions fit_options(Indents indents, double size) const;
    void new_page();
    double baseline_from_top(double size) const;
    double centred_at(const std::string& utf8, style::Role role, double baseline);
    void place_units(const std::vector<Unit>& units, std::size_t begin, std::size_t end, const FittedLine* line,
                     double left_pt, double baseline, double size, double h_scale);
    void place_units_on(Page& pg, const std::vector<Unit>& units, std::size_t begin, std::size_t end,
                        const FittedLine* line, double left_pt, double baseline, double size, double h_scale);
    void add_page_numbers();

    const style::Style& m_style;
    const text::FontSet& m_fonts;
    Pages& m_out;
    double m_body_size;
    const Limits& m_limits;
    std::size_t m_glyphs = 0;  // placed so far, against m_limits.glyphs
    int m_slot = 0;
    Owner m_owner;  // of what is placed next
};

}  // namespace hsdoc::layout
