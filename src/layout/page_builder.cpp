// Putting lines on pages (page_builder.hpp): the 版头, centred and flowing text on the
// character grid, the signature, the QR code, the 版记 and page numbers
// (docs/spec/gbt9704.md §2–§8, §10.3).
#include "layout/page_builder.hpp"

#include "util/error.hpp"
#include "util/utf8.hpp"

#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

namespace hsdoc::layout {
namespace {

// The ideographic em box of the usual CJK fonts: 0.88 em above the baseline, 0.12 below.
constexpr double k_em_above_baseline = 0.88;
constexpr double k_em_below_baseline = 0.12;

bool same_color(const style::Color& a, const style::Color& b) {
    return a.r == b.r && a.g == b.g && a.b == b.b && a.c == b.c && a.m == b.m && a.y == b.y && a.k == b.k;
}

// Width of the first `chars` units (a label such as "抄送：").
double label_width(const std::vector<Unit>& units, std::size_t chars) {
    double w = 0;
    for (std::size_t k = 0; k < std::min(chars, units.size()); ++k) {
        w += units[k].width_pt;
    }
    return w;
}


}  // namespace

std::string chinese_date(const std::string& iso) {
    int y = 0;
    int m = 0;
    int d = 0;
    if (std::sscanf(iso.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3) {
        return std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
    }
    if (std::sscanf(iso.c_str(), "%4d-%2d", &y, &m) == 2) {
        return std::to_string(y) + "年" + std::to_string(m) + "月";
    }
    return iso;
}

PageBuilder::PageBuilder(const style::Style& style, const text::FontSet& fonts, Pages& out, const Limits& limits)
    : m_style(style), m_fonts(fonts), m_out(out), m_body_size(fonts.role_size_pt(style::Role::body)), m_limits(limits) {
    if (m_out.structure.empty()) {
        m_out.structure.push_back(Element{"Document", "", "", -1, {}});
    }
    m_owner.element = 0;
    new_page();
}

int PageBuilder::add_element(const std::string& type, int parent, const std::string& title, const std::string& alt) {
    const int index = static_cast<int>(m_out.structure.size());
    m_out.structure.push_back(Element{type, title, alt, parent, {}});
    m_out.structure[static_cast<std::size_t>(parent)].children.push_back(index);
    return index;
}

void PageBuilder::own(int element) { m_owner = Owner{element, Artifact::layout}; }

void PageBuilder::furniture(Artifact kind) { m_owner = Owner{-1, kind}; }

void PageBuilder::header(const std::string& issuer, const std::string& doc_number, const std::string& office,
                         const std::string& date) {
    // The mark and the rule are furniture: the issuer is in the document's metadata.
    const Owner owner = m_owner;
    furniture(Artifact::layout);
    const style::Role role = style::Role::issuer;
    const double size = m_fonts.role_size_pt(role);
    const std::string mark = issuer + m_style.issuer_suffix;
    const std::vector<Unit> units = shape_units({{role, mark}}, size, 0, 0);
    double width = 0;
    double ink_top = 0;
    for (const Unit& u : units) {
        width += u.natural_pt;
        for (const text::Glyph& g : u.glyphs) {
            int top = 0;
            int bottom = 0;
            if (m_fonts.ink_extent(g.font, g.gid, top, bottom)) {
                ink_top = std::max(ink_top, top * size / m_fonts.units_per_em(g.font));
            }
        }
    }
    // Compressed horizontally when the name is wider than the type area (§5).
    const double h_scale = width > m_style.area_width_pt ? m_style.area_width_pt / width : 1.0;
    const double mark_baseline = m_style.area_top_pt + m_style.issuer_top_pt + ink_top;  // from the top
    place_units(units, 0, units.size(), nullptr, m_style.area_left_pt + (m_style.area_width_pt - width * h_scale) / 2,
                mark_baseline, size, h_scale);
    double bottom = mark_baseline + k_em_below_baseline * size;

    if (!doc_number.empty()) {
        own(add_element("P", 0, "发文字号"));
        const double top = bottom + m_style.doc_number_blank_lines * m_style.line_pitch_pt;
        const std::vector<Unit> u = shape_units({{style::Role::body, doc_number}}, m_body_size, 0, 0);
        check_fits(total_width(u), m_style.area_width_pt, "document number (发文字号, <doc-number>)");
        bottom = centred_at(doc_number, style::Role::body, top + k_em_above_baseline * m_body_size);
    }
    if (m_style.office_row && (!office.empty() || !date.empty())) {
        // 纪要 practice: the compiling office one 字 from the left, the date one 字 from the right.
        const double baseline = bottom + m_style.line_pitch_pt - m_body_size + k_em_above_baseline * m_body_size;
        const double cell = m_style.cell_pt();
        own(add_element("P", 0, "版头"));
        check_fits(total_width(shape_units({{style::Role::body, office + chinese_date(date)}}, m_body_size, cell, 0)),
                   m_style.area_width_pt - 3 * cell, "compiling office and date row of the 纪要 header (<printer>, <published>)");
        if (!office.empty()) {
            const std::vector<Unit> u = shape_units({{style::Role::body, office}}, m_body_size, cell, 0);
            place_units(u, 0, u.size(), nullptr, m_style.area_left_pt + cell, baseline, m_body_size, 1.0);
        }
        if (!date.empty()) {
            const std::vector<Unit> u = shape_units({{style::Role::body, chinese_date(date)}}, m_body_size, cell, 0);
            place_units(u, 0, u.size(), nullptr, area_right() - cell - total_width(u), baseline, m_body_size, 1.0);
        }
        bottom = baseline + k_em_below_baseline * m_body_size;
    }
    // The red rule: as wide as the type area, `gap` under the number's character frame.
    const double rule_top = bottom + m_style.rule_gap_pt;
    Rect rule;
    rule.x_pt = m_style.area_left_pt;
    rule.width_pt = m_style.area_width_pt;
    rule.height_pt = m_style.rule_thickness_pt;
    rule.y_pt = m_style.page_height_pt - rule_top - rule.height_pt;
    rule.color = m_style.red;
    furniture(Artifact::layout);
    rule.owner = m_owner;
    page().rects.push_back(rule);
    m_owner = owner;
    const double title_top = rule_top + rule.height_pt + m_style.title_blank_lines_before * m_style.line_pitch_pt;
    m_slot = static_cast<int>(std::ceil((title_top - m_style.area_top_pt) / m_style.line_pitch_pt - 1e-9));
}


void PageBuilder::centred(const std::string& utf8, style::Role role, bool words_only) {
    const double size = m_fonts.role_size_pt(role);
    std::vector<Unit> units = shape_units({{role, utf8}}, size, 0, 0);
    FitOptions opt;
    opt.justify = false;
    opt.em_pt = size;
    opt.line_width_pt = m_style.area_width_pt;
    std::vector<FittedLine> lines = fit_lines(units, opt);
    // Word boundaries matter only where the text breaks; ICU's dictionary segmentation
    // of Chinese is not worth loading for a one-line title.
    if (words_only && lines.size() > 1) {
        const std::vector<bool> words = text::word_boundaries(utf8::to_u32(utf8));
        std::vector<std::size_t> cp_of_byte(utf8.size() + 1, 0);
        for (std::size_t pos = 0, i = 0; pos < utf8.size(); ++i) {
            cp_of_byte[pos] = i;
            utf8::next(utf8, pos);
        }
        for (Unit& u : units) {
            u.break_before = u.break_before && words[cp_of_byte[u.byte_offset]];
        }
        lines = fit_lines(units, opt);
    }
    if (lines.size() > 1) {
        // Balance (梯形/菱形 rather than one full line and a short tail): the narrowest
        // measure that still gives the same number of lines.
        double lo = 0;
        double hi = m_style.area_width_pt;
        for (int iter = 0; iter < 30; ++iter) {
            opt.line_width_pt = (lo + hi) / 2;
            (fit_lines(units, opt).size() <= lines.size() ? hi : lo) = opt.line_width_pt;
        }
        opt.line_width_pt = hi;
        lines = fit_lines(units, opt);
    }
    for (const FittedLine& line : lines) {
        ensure_room(1);
        const double width = line.content_pt;
        place_units(units, line.begin, line.end, &line, m_style.area_left_pt + (m_style.area_width_pt - width) / 2,
                    baseline_from_top(size), size, 1.0);
        ++m_slot;
    }
}


void PageBuilder::paragraph(const std::vector<Segment>& segments, Indents indents, int source_line, Label label) {
    const double size = m_fonts.role_size_pt(segments.front().role);
    const double cell = m_style.grid ? m_style.cell_pt() : 0;
    std::vector<Unit> units = shape_units(segments, size, cell, source_line);
    for (Unit& u : units) {
        u.element = u.byte_offset < label.bytes ? label.element : -1;
    }
    const std::vector<FittedLine> lines = fit_lines(units, fit_options(indents, size));
    // Widows and orphans (style values; 1 and 1 keep every page's grid full): a split
    // paragraph leaves at least `orphans` lines at the foot of the page and carries at
    // least `widows` to the next.
    const int n = static_cast<int>(lines.size());
    const int room = m_style.lines_per_page - m_slot;
    int break_after = n;  // lines set before a page break
    if (n > room && room > 0) {
        break_after = room;
        if (n - break_after < m_style.widows) {
            break_after = n - m_style.widows;
        }
        if (break_after < m_style.orphans) {
            break_after = 0;
        }
    }
    for (int i = 0; i < n; ++i) {
        if (i == break_after && i > 0) {
            new_page();
        } else if (i == 0 && break_after == 0 && n > room) {
            new_page();
        }
        ensure_room(1);
        const FittedLine& line = lines[static_cast<std::size_t>(i)];
        place_units(units, line.begin, line.end, &line, m_style.area_left_pt + line.indent_pt,
                    baseline_from_top(size), size, 1.0);
        ++m_slot;
    }
}

FitOptions PageBuilder::fit_options(Indents indents, double size) const {
    FitOptions opt;
    opt.line_width_pt = m_style.area_width_pt;
    opt.first_indent_pt = indents.first_pt;
    opt.rest_indent_pt = indents.rest_pt;
    opt.em_pt = m_style.grid ? m_style.cell_pt() : size;
    opt.compress_adjacent = m_style.compress_adjacent;
    opt.trim_line_end = m_style.trim_line_end;
    opt.push_in_first = m_style.push_in_first;
    opt.push_in_single_marks = !m_style.grid;
    opt.avoid_orphans = m_style.avoid_orphans;
    opt.han_latin_gap_em = m_style.han_latin_gap_em;
    opt.whole_paragraph = m_style.grid;
    opt.hang_stops = m_style.hanging_punctuation;
    return opt;
}

void PageBuilder::signature(const std::string& org, const std::string& date_text, int source_line) {
    const double cell = m_style.cell_pt();
    const double indent = m_style.signature_right_indent_cells * cell;
    const std::vector<Unit> org_units = shape_units({{style::Role::body, org}}, m_body_size, cell, source_line);
    const std::vector<Unit> date_units =
        shape_units({{style::Role::body, date_text}}, m_body_size, cell, source_line);
    const double ls = total_width(org_units);
    const double ld = date_text.empty() ? 0 : total_width(date_units);
    check_fits(ls + 2 * cell, m_style.area_width_pt - indent, "signature's organ (署名, <signature><org>)");
    check_fits(ld, m_style.area_width_pt - indent, "signature's date (成文日期, <signature><date>)");
    double org_x = area_right() - indent - ls;
    double date_x = org_x + 2 * cell;
    if (ls - ld < indent) {
        date_x = area_right() - indent - ld;
        org_x = date_x - 2 * cell;
    }
    const int rows = (org.empty() ? 0 : 1) + (date_text.empty() ? 0 : 1);
    ensure_room(rows);
    if (!org.empty()) {
        place_units(org_units, 0, org_units.size(), nullptr, std::max(org_x, m_style.area_left_pt),
                    baseline_from_top(m_body_size), m_body_size, 1.0);
        ++m_slot;
    }
    if (!date_text.empty()) {
        place_units(date_units, 0, date_units.size(), nullptr, std::max(date_x, m_style.area_left_pt),
                    baseline_from_top(m_body_size), m_body_size, 1.0);
        ++m_slot;
    }
}


void PageBuilder::qr(const std::string& url) {
    std::unique_ptr<QRcode, void (*)(QRcode*)> code(QRcode_encodeString(url.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
                                                   QRcode_free);
    if (!code) {
        throw Error(ErrorKind::input, "URL \"" + url.substr(0, 200) + "\" cannot be put into a QR code");
    }
    const int quiet = 4;
    const int n = code->width + 2 * quiet;
    const double module = m_style.qr_size_pt / code->width;
    const double symbol = n * module;
    const double caption_size = m_fonts.role_size_pt(style::Role::qr_caption);
    const int rows = static_cast<int>(std::ceil(symbol / m_style.line_pitch_pt)) + (m_style.qr_caption.empty() ? 0 : 1);
    ensure_room(rows);
    QrCode q;
    q.size = n;
    q.module_pt = module;
    q.dark.assign(static_cast<std::size_t>(n * n), 0);
    for (int r = 0; r < code->width; ++r) {
        for (int c = 0; c < code->width; ++c) {
            q.dark[static_cast<std::size_t>((r + quiet) * n + c + quiet)] = code->data[r * code->width + c] & 1;
        }
    }
    const double top = m_style.area_top_pt + m_slot * m_style.line_pitch_pt;  // quiet zone's top
    q.x_pt = area_right() - (n - quiet) * module;
    q.y_pt = m_style.page_height_pt - top - symbol;
    q.color = m_style.text_color;
    // A Figure with its alternate text (the address it encodes), the link over it as a Link
    // element inside it, and the caption.
    const int figure = add_element("Figure", 0, "", "二维码：" + url);
    q.owner.element = figure;
    Link link;
    link.x_pt = q.x_pt + quiet * module;
    link.y_pt = q.y_pt + quiet * module;
    link.width_pt = link.height_pt = code->width * module;
    link.uri = url;
    link.owner.element = add_element("Link", figure);
    page().qr_codes.push_back(std::move(q));
    page().links.push_back(link);
    m_slot += rows - (m_style.qr_caption.empty() ? 0 : 1);
    if (!m_style.qr_caption.empty()) {
        own(add_element("Caption", 0));
        const std::vector<Unit> u = shape_units({{style::Role::qr_caption, m_style.qr_caption}}, caption_size, 0, 0);
        const double center = link.x_pt + link.width_pt / 2;
        const double x = std::min(center - total_width(u) / 2, area_right() - total_width(u));
        place_units(u, 0, u.size(), nullptr, x, baseline_from_top(caption_size), caption_size, 1.0);
        ++m_slot;
    }
}


void PageBuilder::imprint(const std::string& cc, const std::string& printer, const std::string& print_date) {
    const style::Role role = style::Role::imprint;
    const double size = m_fonts.role_size_pt(role);
    const double em = size;  // "1 字" for 4号 elements is one 4号 em (docs/spec/gbt9704.md §7, §0)
    std::vector<Unit> cc_units;
    std::vector<FittedLine> cc_lines;
    if (!cc.empty()) {
        std::string names = cc;
        if (names.size() < 3 || names.compare(names.size() - 3, 3, "。") != 0) {
            names += "。";
        }
        cc_units = shape_units({{role, "抄送：" + names}}, size, 0, 0);
        FitOptions opt;
        opt.line_width_pt = m_style.area_width_pt - 2 * em;
        opt.em_pt = size;
        opt.rest_indent_pt = label_width(cc_units, 3);  // continuation aligned after "抄送："
        cc_lines = fit_lines(cc_units, opt);
    }
    const bool print_row = !printer.empty() || !print_date.empty();
    const int rows = static_cast<int>(cc_lines.size()) + (print_row ? 1 : 0);
    if (rows == 0) {
        return;
    }
    const double pitch = m_style.line_pitch_pt;
    const double area_bottom = m_style.area_top_pt + m_style.area_height_pt;  // from the top
    const double first_row_top = area_bottom - rows * pitch;
    // The body must end above the first rule.
    const double used_bottom = m_style.area_top_pt + m_slot * pitch;
    const int section = add_element("Sect", 0, "版记");
    if (m_slot > 0 && used_bottom > first_row_top + 1e-6) {
        new_page();
    }
    auto baseline_in_row = [&](int row) {
        return first_row_top + row * pitch + pitch / 2 + (k_em_above_baseline - 0.5) * size;
    };
    auto rule = [&](double y_from_top, double thickness) {
        Rect r;  // furniture: Owner's default
        r.x_pt = m_style.area_left_pt;
        r.width_pt = m_style.area_width_pt;
        r.height_pt = thickness;
        r.y_pt = m_style.page_height_pt - std::min(y_from_top + thickness / 2, area_bottom);
        r.color = m_style.text_color;
        page().rects.push_back(r);
    };
    rule(first_row_top, m_style.imprint_thick_pt);
    own(add_element("P", section, "抄送"));
    for (std::size_t i = 0; i < cc_lines.size(); ++i) {
        place_units(cc_units, cc_lines[i].begin, cc_lines[i].end, &cc_lines[i],
                    m_style.area_left_pt + em + cc_lines[i].indent_pt, baseline_in_row(static_cast<int>(i)), size,
                    1.0);
    }
    if (print_row) {
        if (!cc_lines.empty()) {
            rule(first_row_top + static_cast<double>(cc_lines.size()) * pitch, m_style.imprint_thin_pt);
        }
        const double baseline = baseline_in_row(rows - 1);
        own(add_element("P", section, "印发"));
        check_fits(total_width(shape_units({{role, printer + chinese_date(print_date) + "印发"}}, size, 0, 0)),
                   m_style.area_width_pt - 3 * em, "印发机关 and 印发日期 row (<printer>, <print-date>)");
        if (!printer.empty()) {
            const std::vector<Unit> u = shape_units({{role, printer}}, size, 0, 0);
            place_units(u, 0, u.size(), nullptr, m_style.area_left_pt + em, baseline, size, 1.0);
        }
        if (!print_date.empty()) {
            const std::vector<Unit> u = shape_units({{role, chinese_date(print_date) + "印发"}}, size, 0, 0);
            place_units(u, 0, u.size(), nullptr, area_right() - em - total_width(u), baseline, size, 1.0);
        }
    }
    rule(area_bottom - m_style.imprint_thick_pt / 2, m_style.imprint_thick_pt);
    m_slot = m_style.lines_per_page;
}


void PageBuilder::flush_left(const std::string& utf8, style::Role role) {
    const double size = m_fonts.role_size_pt(role);
    const std::vector<Unit> units = shape_units({{role, utf8}}, size, m_style.grid ? m_style.cell_pt() : 0, 0);
    check_fits(total_width(units), m_style.area_width_pt, "attachment line (附件, <attachment n=>)");
    ensure_room(1);
    place_units(units, 0, units.size(), nullptr, m_style.area_left_pt, baseline_from_top(size), size, 1.0);
    ++m_slot;
}

int PageBuilder::count_lines(const std::vector<Segment>& segments, Indents indents, int source_line) {
    const double size = m_fonts.role_size_pt(segments.front().role);
    const std::vector<Unit> units = shape_units(segments, size, m_style.grid ? m_style.cell_pt() : 0, source_line);
    return static_cast<int>(fit_lines(units, fit_options(indents, size)).size());
}

double PageBuilder::prefix_width(const std::string& utf8, std::size_t chars, style::Role role) {
    const double size = m_fonts.role_size_pt(role);
    return label_width(shape_units({{role, utf8}}, size, m_style.grid ? m_style.cell_pt() : 0, 0), chars);
}

void PageBuilder::check_fits(double width_pt, double room_pt, const std::string& field) const {
    if (width_pt > room_pt + 0.01) {
        throw Error(ErrorKind::input,
                    "the " + field + " is too long for its one line: " + std::to_string(static_cast<int>(width_pt)) +
                        " pt wide where " + std::to_string(static_cast<int>(room_pt)) + " pt are free",
                    {}, 0, 0, "shorten it; GB/T 9704 sets it on a single line");
    }
}

void PageBuilder::blank_lines(int n) { m_slot = std::min(m_slot + n, m_style.lines_per_page); }

void PageBuilder::start_page() {
    if (m_slot > 0) {
        new_page();
    }
}

void PageBuilder::move_to_line(int slot) { m_slot = std::max(m_slot, std::min(slot, m_style.lines_per_page)); }


double PageBuilder::total_width(const std::vector<Unit>& units) {
    double w = 0;
    for (const Unit& u : units) {
        w += u.width_pt;
    }
    return w;
}

std::vector<Unit> PageBuilder::shape_units(const std::vector<Segment>& segments, double size, double cell, int source_line) {
    std::string all;
    std::vector<text::Glyph> glyphs;
    std::vector<std::uint32_t> starts;
    try {
        for (const Segment& seg : segments) {
            const auto offset = static_cast<std::uint32_t>(all.size());
            std::vector<text::Glyph> g = text::shape(m_fonts, seg.role, seg.text);
            for (text::Glyph& x : g) {
                x.cluster += offset;
            }
            glyphs.insert(glyphs.end(), g.begin(), g.end());
            all += seg.text;
            starts.push_back(offset);
        }
    } catch (const Error& e) {
        throw Error(e.kind(), e.message(), e.file(), source_line, source_line > 0 ? e.column() : 0, e.hint());
    }
    std::vector<Unit> units = make_units(all, glyphs, m_fonts, size, cell);
    std::size_t s = 0;
    for (Unit& u : units) {
        while (s + 1 < starts.size() && starts[s + 1] <= u.byte_offset) {
            ++s;
        }
        u.role = segments[s].role;
    }
    return units;
}

void PageBuilder::new_page() {
    if (m_out.pages.size() >= static_cast<std::size_t>(m_limits.pages)) {
        throw limit_error("document of more than " + std::to_string(m_limits.pages) + " pages",
                          static_cast<std::size_t>(m_limits.pages), "max-pages");
    }
    Page p;
    p.width_pt = m_style.page_width_pt;
    p.height_pt = m_style.page_height_pt;
    m_out.pages.push_back(std::move(p));
    m_slot = 0;
}

void PageBuilder::ensure_room(int rows) {
    if (m_slot + rows > m_style.lines_per_page) {
        new_page();
    }
}

// Baseline of the current grid line, from the paper's top: the body's em box has its
// top on the line (docs/spec/gbt9704.md §2); other sizes centre their em box on the body's.
double PageBuilder::baseline_from_top(double size) const {
    return m_style.area_top_pt + m_slot * m_style.line_pitch_pt + k_em_above_baseline * m_body_size +
           (size - m_body_size) * (k_em_above_baseline - 0.5);
}

// Sets one centred line of the body size at a baseline; returns its em box's bottom.
double PageBuilder::centred_at(const std::string& utf8, style::Role role, double baseline) {
    const double size = m_fonts.role_size_pt(role);
    const std::vector<Unit> u = shape_units({{role, utf8}}, size, 0, 0);
    place_units(u, 0, u.size(), nullptr, m_style.area_left_pt + (m_style.area_width_pt - total_width(u)) / 2,
                baseline, size, 1.0);
    return baseline + k_em_below_baseline * size;
}

// Puts units [begin, end) on the current page: at the fitted line's positions when
// given, else one after another. `baseline` is measured from the paper's top.
void PageBuilder::place_units(const std::vector<Unit>& units, std::size_t begin, std::size_t end, const FittedLine* line,
                 double left_pt, double baseline, double size, double h_scale) {
    place_units_on(page(), units, begin, end, line, left_pt, baseline, size, h_scale);
}

void PageBuilder::place_units_on(Page& pg, const std::vector<Unit>& units, std::size_t begin, std::size_t end,
                    const FittedLine* line, double left_pt, double baseline, double size, double h_scale) {
    const double y = m_style.page_height_pt - baseline;
    double x = left_pt;
    for (std::size_t k = begin; k < end; ++k) {
        const Unit& u = units[k];
        const style::FontRole& role = m_style.font(u.role);
        const style::Color& color = role.red ? m_style.red : m_style.text_color;
        double pen = line ? left_pt + line->x_pt[k - begin] + line->glyph_shift_pt[k - begin] : x;
        bool first = true;
        if ((m_glyphs += u.glyphs.size()) > m_limits.glyphs) {
            throw limit_error("document of more than " + std::to_string(m_limits.glyphs) + " glyphs",
                              m_limits.glyphs, "max-glyphs");
        }
        const Owner owner = u.element >= 0 ? Owner{u.element, Artifact::layout} : m_owner;
        for (const text::Glyph& g : u.glyphs) {
            GlyphRun* run = pg.runs.empty() ? nullptr : &pg.runs.back();
            if (!run || run->font != g.font || run->size_pt != size || run->baseline_y_pt != y ||
                run->fake_bold != role.bold || run->h_scale != h_scale || !same_color(run->color, color) ||
                run->owner.element != owner.element || run->owner.artifact != owner.artifact) {
                GlyphRun fresh;
                fresh.font = g.font;
                fresh.size_pt = size;
                fresh.baseline_y_pt = y;
                fresh.h_scale = h_scale;
                fresh.fake_bold = role.bold;
                fresh.color = color;
                fresh.owner = owner;
                pg.runs.push_back(std::move(fresh));
                run = &pg.runs.back();
            }
            const double scale = size / m_fonts.units_per_em(g.font);
            run->glyphs.push_back({g.gid, pen + g.x_offset * scale * h_scale, first ? u.text : std::string()});
            pen += g.x_advance * scale * h_scale;
            first = false;
        }
        x += u.width_pt * h_scale;
    }
}

// "— n —" under the type area (docs/spec/gbt9704.md §8): odd pages end one 字 in from the
// right edge, even pages start one 字 in from the left; or centred.
void PageBuilder::add_page_numbers() {
    furniture(Artifact::pagination);
    const style::Role role = style::Role::page_number;
    const double size = m_fonts.role_size_pt(role);
    // GB/T 9704 §7.5: the dash's stroke (一字线), not the baseline, lies `below-area` under the
    // type area; the stroke's top is the dash glyph's ink top.
    double stroke_above_baseline = 0;
    for (const text::Glyph& g : text::shape(m_fonts, role, "\u2014")) {
        int top = 0;
        int bottom = 0;
        if (m_fonts.ink_extent(g.font, g.gid, top, bottom)) {
            stroke_above_baseline = top * size / m_fonts.units_per_em(g.font);
        }
    }
    const double baseline =
        m_style.area_top_pt + m_style.area_height_pt + m_style.page_number_below_area_pt + stroke_above_baseline;
    for (std::size_t i = 0; i < m_out.pages.size(); ++i) {
        const int number = static_cast<int>(i) + 1;
        const std::vector<Unit> units = shape_units({{role, "\u2014 " + std::to_string(number) + " \u2014"}}, size, 0, 0);
        const double width = total_width(units);
        double left = m_style.area_left_pt + m_style.page_number_inset_pt;
        if (m_style.page_number_align == "center") {
            left = m_style.area_left_pt + (m_style.area_width_pt - width) / 2;
        } else if (number % 2 == 1) {
            left = area_right() - m_style.page_number_inset_pt - width;
        }
        place_units_on(m_out.pages[i], units, 0, units.size(), nullptr, left, baseline, size, 1.0);
    }
}

}  // namespace hsdoc::layout
