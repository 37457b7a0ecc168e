// Page building: the title block, the body on the character grid, pagination and page
// numbers (spec/gbt9704.md §2, §3, §6, §8).
#include "layout/layout.hpp"

#include "layout/line_fit.hpp"
#include "util/error.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace hsdoc::layout {
namespace {

// Where the baseline sits below the top of a grid line: the body's ideographic em box
// (880/120 split in the usual CJK fonts) with its top on the line (spec/gbt9704.md §2);
// larger sizes centre their em box on the body's.
double baseline_below_line_top(double size_pt, double body_size_pt) {
    return 0.88 * body_size_pt + (size_pt - body_size_pt) * 0.38;
}

// "2023-02-04T20:37" → "2023年2月4日" (§7.3.5.4: Arabic digits, full year, no leading zeros).
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

class PageBuilder {
public:
    PageBuilder(const style::Style& style, const text::FontSet& fonts, Pages& out)
        : m_style(style), m_fonts(fonts), m_out(out), m_body_size(fonts.role_size_pt("body")) {
        new_page();
    }

    // Sets a paragraph in the flow: role's font, grid cells, first-line indent, justified.
    void paragraph(const std::string& utf8, const std::string& role, int indent_cells, bool keep_with_next,
                   int source_line) {
        const double size = m_fonts.role_size_pt(role);
        const std::vector<Unit> units = shape_units(utf8, role, size, m_style.cell_pt(), source_line);
        FitOptions opt;
        opt.line_width_pt = m_style.area_width_pt;
        opt.first_indent_pt = indent_cells * m_style.cell_pt();
        opt.em_pt = m_style.cell_pt();
        const std::vector<FittedLine> lines = fit_lines(units, opt);
        // A heading never ends a page: move it whole when its last line would be the page's last.
        if (keep_with_next && m_slot + static_cast<int>(lines.size()) >= m_style.lines_per_page) {
            new_page();
        }
        for (const FittedLine& line : lines) {
            place_line(units, line, size, m_style.area_left_pt + line.indent_pt);
        }
    }

    // Centred lines with natural spacing (titles, the metadata line), broken into lines of
    // as equal a length as the break opportunities allow.
    void centred(const std::string& utf8, const std::string& role, int source_line) {
        const double size = m_fonts.role_size_pt(role);
        const std::vector<Unit> units = shape_units(utf8, role, size, 0, source_line);
        FitOptions opt;
        opt.justify = false;
        opt.em_pt = size;
        opt.line_width_pt = m_style.area_width_pt;
        std::vector<FittedLine> lines = fit_lines(units, opt);
        if (lines.size() > 1) {
            // Balance: the narrowest measure that still gives the same number of lines.
            double lo = 0;
            double hi = m_style.area_width_pt;
            for (int iter = 0; iter < 30; ++iter) {
                const double mid = (lo + hi) / 2;
                opt.line_width_pt = mid;
                if (fit_lines(units, opt).size() <= lines.size()) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            opt.line_width_pt = hi;
            lines = fit_lines(units, opt);
        }
        for (const FittedLine& line : lines) {
            double width = 0;
            for (std::size_t k = line.begin; k < line.end; ++k) {
                width += units[k].width_pt;
            }
            place_line(units, line, size, m_style.area_left_pt + (m_style.area_width_pt - width) / 2);
        }
    }

    // Empty grid lines; those that would fall past the page's end are dropped, since the
    // next page starts on its first line anyway.
    void blank_lines(int n) { m_slot = std::min(m_slot + n, m_style.lines_per_page); }

    void finish() { add_page_numbers(); }

private:
    std::vector<Unit> shape_units(const std::string& utf8, const std::string& role, double size, double cell,
                                  int source_line) {
        try {
            return make_units(utf8, text::shape(m_fonts, role, utf8), m_fonts, size, cell);
        } catch (const Error& e) {
            throw Error(e.kind(), e.message(), e.file(), source_line, source_line > 0 ? e.column() : 0, e.hint());
        }
    }

    void new_page() {
        Page p;
        p.width_pt = m_style.page_width_pt;
        p.height_pt = m_style.page_height_pt;
        m_out.pages.push_back(std::move(p));
        m_slot = 0;
    }

    // Baseline of the current grid line, in PDF user space.
    double baseline(double size) const {
        const double line_top = m_style.area_top_pt + m_slot * m_style.line_pitch_pt;
        return m_style.page_height_pt - line_top - baseline_below_line_top(size, m_body_size);
    }

    void place_line(const std::vector<Unit>& units, const FittedLine& line, double size, double left_pt) {
        if (m_slot >= m_style.lines_per_page) {
            new_page();
        }
        Page& page = m_out.pages.back();
        const double y = baseline(size);
        for (std::size_t k = line.begin; k < line.end; ++k) {
            const Unit& u = units[k];
            double pen = left_pt + line.x_pt[k - line.begin] + line.glyph_shift_pt[k - line.begin];
            bool first = true;
            for (const text::Glyph& g : u.glyphs) {
                if (page.runs.empty() || page.runs.back().font != g.font || page.runs.back().size_pt != size ||
                    page.runs.back().baseline_y_pt != y) {
                    GlyphRun run;
                    run.font = g.font;
                    run.size_pt = size;
                    run.baseline_y_pt = y;
                    run.color = m_style.text_color;
                    page.runs.push_back(std::move(run));
                }
                const double scale = size / m_fonts.info(g.font).units_per_em;
                page.runs.back().glyphs.push_back({g.gid, pen + g.x_offset * scale, first ? u.text : std::string()});
                pen += g.x_advance * scale;
                first = false;
            }
        }
        ++m_slot;  // a new page starts lazily, when the next line is placed
    }

    // "— n —" under the type area (spec/gbt9704.md §8): odd pages end one 字 in from the
    // right edge, even pages start one 字 in from the left; or centred.
    void add_page_numbers() {
        const std::string role = "page-number";
        const double size = m_fonts.role_size_pt(role);
        for (std::size_t i = 0; i < m_out.pages.size(); ++i) {
            const int number = static_cast<int>(i) + 1;
            const std::string label = "\u2014 " + std::to_string(number) + " \u2014";
            const std::vector<Unit> units = shape_units(label, role, size, 0, 0);
            double width = 0;
            for (const Unit& u : units) {
                width += u.width_pt;
            }
            double left = 0;
            const double area_right = m_style.area_left_pt + m_style.area_width_pt;
            if (m_style.page_number_align == "center") {
                left = m_style.area_left_pt + (m_style.area_width_pt - width) / 2;
            } else if (number % 2 == 1) {
                left = area_right - m_style.page_number_inset_pt - width;
            } else {
                left = m_style.area_left_pt + m_style.page_number_inset_pt;
            }
            const double area_bottom_y = m_style.page_height_pt - m_style.area_top_pt - m_style.area_height_pt;
            const double y = area_bottom_y - m_style.page_number_below_area_pt;
            GlyphRun run;
            run.size_pt = size;
            run.baseline_y_pt = y;
            run.color = m_style.text_color;
            double pen = left;
            for (const Unit& u : units) {
                bool first = true;
                for (const text::Glyph& g : u.glyphs) {
                    if (!run.glyphs.empty() && run.font != g.font) {
                        m_out.pages[i].runs.push_back(run);
                        run.glyphs.clear();
                    }
                    run.font = g.font;
                    const double scale = size / m_fonts.info(g.font).units_per_em;
                    run.glyphs.push_back({g.gid, pen + g.x_offset * scale, first ? u.text : std::string()});
                    pen += g.x_advance * scale;
                    first = false;
                }
            }
            m_out.pages[i].runs.push_back(std::move(run));
        }
    }

    const style::Style& m_style;
    const text::FontSet& m_fonts;
    Pages& m_out;
    double m_body_size;
    int m_slot = 0;
};

std::string heading_role(int level) { return "heading" + std::to_string(std::clamp(level, 1, 4)); }

DocInfo doc_info(const model::Meta& meta) {
    DocInfo info;
    info.title = meta.title;
    info.author = !meta.author.empty() ? meta.author : meta.source;
    info.subject = meta.subtitle;
    for (const auto& c : meta.channel) {
        info.keywords += (info.keywords.empty() ? "" : ", ") + c;
    }
    info.published = meta.published;
    info.source = meta.source;
    info.url = meta.url;
    info.issuer = meta.issuer;
    info.doc_number = meta.doc_number;
    info.channel = meta.channel;
    return info;
}

}  // namespace

Pages layout(const model::Document& doc, const style::Style& style, const text::FontSet& fonts) {
    Pages pages;
    pages.info = doc_info(doc.meta);
    PageBuilder b(style, fonts, pages);

    if (!doc.meta.title.empty()) {
        b.centred(doc.meta.title, "title", 0);
        b.blank_lines(style.blank_lines_after_title);
    }
    if (style.show_meta_line) {
        std::string meta;
        auto add = [&meta](const std::string& label, const std::string& value) {
            if (!value.empty()) {
                meta += (meta.empty() ? "" : "\u3000") + label + value;
            }
        };
        add("", chinese_date(doc.meta.published));
        add("来源：", doc.meta.source);
        add("作者：", doc.meta.author);
        if (!meta.empty()) {
            b.centred(meta, "meta", 0);
            b.blank_lines(style.blank_lines_after_meta);
        }
    }
    for (const model::Block& block : doc.blocks) {
        switch (block.kind) {
        case model::BlockKind::heading:
            b.paragraph(block.text, heading_role(block.level), style.paragraph_indent_cells, true, block.source_line);
            break;
        case model::BlockKind::attendance:
            b.paragraph(block.role + "：" + block.text, "body", style.paragraph_indent_cells, false, block.source_line);
            break;
        case model::BlockKind::signature:
            b.paragraph(block.text, "body", style.paragraph_indent_cells, false, block.source_line);
            if (!block.date.empty()) {
                b.paragraph(chinese_date(block.date), "body", style.paragraph_indent_cells, false, block.source_line);
            }
            break;
        case model::BlockKind::paragraph:
        case model::BlockKind::note:
            b.paragraph(block.text, "body", style.paragraph_indent_cells, false, block.source_line);
            break;
        }
    }
    b.finish();
    return pages;
}

}  // namespace hsdoc::layout
