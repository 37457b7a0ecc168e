#include "layout/line_fit.hpp"

#include "util/utf8.hpp"

#include <algorithm>
#include <cmath>

namespace hsdoc::layout {
namespace {

using text::CharClass;

constexpr double k_eps = 1e-6;

bool is_mark(CharClass c) {
    return c == CharClass::open || c == CharClass::close || c == CharClass::stop || c == CharClass::question;
}

// clreq §4.1: two adjacent full-width marks may give up half a cell together. Returns
// which of the two gives up its blank half: 0 none, 1 the first (its right blank), 2 the
// second (its left blank).
int compressible_pair(const Unit& a, const Unit& b) {
    const CharClass x = a.last_class;
    const CharClass y = b.first_class;
    if (!is_mark(x) || !is_mark(y)) {
        return 0;
    }
    if (x == CharClass::stop || x == CharClass::close || x == CharClass::question) {
        return 1;  // 。” ，“ ”， ）（ ”》 ？！
    }
    if (x == CharClass::open && y == CharClass::open) {
        return 2;  // 《“
    }
    return 0;
}

// Whether extra space may go between units a and b (clreq §5 stretch step 3 exceptions:
// never inside a Latin word or number, never inside —— or ……).
bool stretchable_gap(const Unit& a, const Unit& b) {
    if (a.last_class == CharClass::narrow && b.first_class == CharClass::narrow && !b.break_before) {
        return false;
    }
    if ((a.last_class == CharClass::dash && b.first_class == CharClass::dash) ||
        (a.last_class == CharClass::ellipsis && b.first_class == CharClass::ellipsis)) {
        return false;
    }
    return true;
}

}  // namespace

std::vector<Unit> make_units(std::string_view utf8, const std::vector<text::Glyph>& glyphs,
                             const text::FontSet& fonts, double size_pt, double cell_pt) {
    std::vector<Unit> units;
    // Code point index of each byte offset, to look up break opportunities per cluster.
    std::u32string cps;
    std::vector<std::size_t> cp_index(utf8.size() + 1, 0);
    for (std::size_t pos = 0; pos < utf8.size();) {
        cp_index[pos] = cps.size();
        cps += utf8::next(utf8, pos);
    }
    cp_index[utf8.size()] = cps.size();
    const std::vector<bool> breaks = text::break_opportunities(cps);

    for (std::size_t i = 0; i < glyphs.size();) {
        std::size_t j = i + 1;
        while (j < glyphs.size() && glyphs[j].cluster == glyphs[i].cluster) {
            ++j;
        }
        // Clusters come back in logical order for LTR text; the cluster's text runs to the
        // next cluster's start.
        const std::uint32_t begin = glyphs[i].cluster;
        std::uint32_t end = static_cast<std::uint32_t>(utf8.size());
        for (std::size_t k = j; k < glyphs.size(); ++k) {
            if (glyphs[k].cluster > begin) {
                end = glyphs[k].cluster;
                break;
            }
        }
        Unit u;
        u.text = std::string(utf8.substr(begin, end - begin));
        u.glyphs.assign(glyphs.begin() + static_cast<std::ptrdiff_t>(i), glyphs.begin() + static_cast<std::ptrdiff_t>(j));
        for (const auto& g : u.glyphs) {
            u.natural_pt += g.x_advance * size_pt / fonts.info(g.font).units_per_em;
        }
        const std::u32string chars = utf8::to_u32(u.text);
        u.first_class = text::classify(chars.front());
        u.last_class = text::classify(chars.back());
        std::size_t full = 0;
        for (char32_t c : chars) {
            full += text::is_full_width(c) ? 1 : 0;
        }
        // On the grid a full-width character takes exactly one cell whatever its advance
        // (16 pt glyphs in 15.79 pt cells, spec/gbt9704.md §2), and a half-width one (a
        // digit, a letter of half an em) half a cell, squeezed by the same 1.3 %.
        u.width_pt = u.natural_pt;
        if (cell_pt > 0 && full == chars.size()) {
            u.width_pt = cell_pt * static_cast<double>(full);
        } else if (cell_pt > 0 && full == 0 && chars.size() == 1 && std::fabs(u.natural_pt / size_pt - 0.5) < 0.03) {
            u.width_pt = cell_pt / 2;
        }
        u.break_before = breaks[cp_index[begin]];
        units.push_back(std::move(u));
        i = j;
    }
    return units;
}

std::vector<FittedLine> fit_lines(const std::vector<Unit>& units, const FitOptions& opt) {
    std::vector<FittedLine> lines;
    const std::size_t n = units.size();
    std::size_t start = 0;
    while (start < n) {
        const double indent = lines.empty() ? opt.first_indent_pt : 0;
        const double avail = opt.line_width_pt - indent;

        std::size_t j = start;
        double w = 0;
        while (j < n && w + units[j].width_pt <= avail + k_eps) {
            w += units[j].width_pt;
            ++j;
        }
        FittedLine line;
        line.begin = start;
        line.indent_pt = indent;
        std::vector<double> widths;
        std::vector<double> shifts;

        auto place = [&](std::size_t end, double slack, bool stretch) {
            line.end = end;
            widths.resize(end - start);
            shifts.resize(end - start, 0);
            std::size_t gaps = 0;
            for (std::size_t k = start; k + 1 < end; ++k) {
                gaps += stretchable_gap(units[k], units[k + 1]) ? 1 : 0;
            }
            const double per_gap = (stretch && gaps > 0 && slack > 0) ? slack / static_cast<double>(gaps) : 0;
            double x = 0;
            for (std::size_t k = start; k < end; ++k) {
                line.x_pt.push_back(x);
                line.glyph_shift_pt.push_back(shifts[k - start]);
                x += widths[k - start];
                if (k + 1 < end && stretchable_gap(units[k], units[k + 1])) {
                    x += per_gap;
                }
            }
        };
        auto natural_widths = [&](std::size_t end) {
            widths.clear();
            shifts.assign(end - start, 0);
            double sum = 0;
            for (std::size_t k = start; k < end; ++k) {
                widths.push_back(units[k].width_pt);
                sum += units[k].width_pt;
            }
            return sum;
        };

        if (j == n) {  // the paragraph's last line: start-aligned, natural spacing
            natural_widths(n);
            place(n, 0, false);
            lines.push_back(std::move(line));
            break;
        }
        // Unit j does not fit. The last allowed break at or before j ends this line.
        std::size_t b = j;
        while (b > start && !units[b].break_before) {
            --b;
        }
        if (b == start) {
            // No break opportunity on the whole line (a token longer than a line): break
            // where it overflows, the last resort of clreq §3.
            b = std::max(j, start + 1);
        }
        const double used = natural_widths(b);
        double slack = avail - used;
        std::size_t gaps = 0;
        for (std::size_t k = start; k + 1 < b; ++k) {
            gaps += stretchable_gap(units[k], units[k + 1]) ? 1 : 0;
        }
        const double cell = opt.cell_pt > 0 ? opt.cell_pt : units[j].width_pt;
        const bool push_out_too_loose = gaps == 0 || slack / static_cast<double>(gaps) > opt.max_gap_stretch_em * cell;

        // Push-in: take units up to the next break on this line by compressing adjacent
        // punctuation pairs, half a cell each (clreq §4.1, §7), when push-out would stretch
        // the gaps too far.
        if (push_out_too_loose) {
            std::size_t e = j + 1;
            while (e < n && !units[e].break_before) {
                ++e;
            }
            const double want = natural_widths(e);
            double excess = want - avail;
            std::vector<std::size_t> pairs;
            for (std::size_t k = start; k + 1 < e && excess > k_eps; ++k) {
                if (int which = compressible_pair(units[k], units[k + 1]); which != 0) {
                    const std::size_t idx = (which == 1 ? k : k + 1) - start;
                    widths[idx] -= cell / 2;
                    if (which == 2) {
                        shifts[idx] = -cell / 2;
                    }
                    excess -= cell / 2;
                    pairs.push_back(k);
                }
            }
            if (excess <= k_eps) {
                line.pushed_in = true;
                // widths/shifts now hold the compressed line; spread what is left over.
                const std::vector<double> w2 = widths;
                const std::vector<double> s2 = shifts;
                line.end = e;
                std::size_t g2 = 0;
                for (std::size_t k = start; k + 1 < e; ++k) {
                    g2 += stretchable_gap(units[k], units[k + 1]) ? 1 : 0;
                }
                const double per_gap = (g2 > 0 && e < n) ? std::max(0.0, -excess) / static_cast<double>(g2) : 0;
                double x = 0;
                for (std::size_t k = start; k < e; ++k) {
                    line.x_pt.push_back(x);
                    line.glyph_shift_pt.push_back(s2[k - start]);
                    x += w2[k - start];
                    if (k + 1 < e && stretchable_gap(units[k], units[k + 1])) {
                        x += per_gap;
                    }
                }
                lines.push_back(std::move(line));
                start = e;
                continue;
            }
            natural_widths(b);  // push-in failed: back to the push-out widths
        }
        slack = avail - used;
        place(b, slack, opt.justify);
        lines.push_back(std::move(line));
        start = b;
    }
    return lines;
}

}  // namespace hsdoc::layout
