#include "layout/line_fit.hpp"

#include "util/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace hsdoc::layout {
namespace {

using text::CharClass;

constexpr double k_eps = 1e-6;

bool is_mark(CharClass c) {
    return c == CharClass::open || c == CharClass::close || c == CharClass::stop || c == CharClass::question;
}

// Marks whose blank half is on the right (clreq §1): they may give it up at a line end.
bool blank_on_right(CharClass c) {
    return c == CharClass::stop || c == CharClass::close || c == CharClass::question;
}

// clreq §4.1: two adjacent full-width marks may give up half an em together. Returns which
// of the two gives up its blank half: 0 none, 1 the first (its right blank: 。” ，“ ”， ）（
// ”》 ？！), 2 the second (its left blank: 《“).
int compressible_pair(const Unit& a, const Unit& b) {
    if (!is_mark(a.last_class) || !is_mark(b.first_class)) {
        return 0;
    }
    if (blank_on_right(a.last_class)) {
        return 1;
    }
    return (a.last_class == CharClass::open && b.first_class == CharClass::open) ? 2 : 0;
}

// Whether extra space may go between units a and b (clreq §5, stretch step 3 exceptions:
// never inside a Latin word or number, never inside —— or ……).
bool stretchable_gap(const Unit& a, const Unit& b) {
    if (a.last_class == CharClass::narrow && b.first_class == CharClass::narrow && !b.break_before) {
        return false;
    }
    return !((a.last_class == CharClass::dash && b.first_class == CharClass::dash) ||
             (a.last_class == CharClass::ellipsis && b.first_class == CharClass::ellipsis));
}

// Widths after compression, per unit, and where each glyph sits in its unit: for the
// whole paragraph, or for a window of it (a line tried with push-in), so that trying one
// line does not copy the whole paragraph.
struct Widths {
    std::size_t first = 0;  // the paragraph index of the first unit held
    std::vector<double> width;
    std::vector<double> shift;
    std::vector<bool> squeezed;  // already gave up a blank half

    double& width_at(std::size_t k) { return width[k - first]; }
    double width_at(std::size_t k) const { return width[k - first]; }
    double& shift_at(std::size_t k) { return shift[k - first]; }
    double shift_at(std::size_t k) const { return shift[k - first]; }
    bool squeezed_at(std::size_t k) const { return squeezed[k - first]; }
    void mark_squeezed(std::size_t k) { squeezed[k - first] = true; }

    // A copy of units [from, to) only.
    Widths window(std::size_t from, std::size_t to) const {
        Widths w;
        w.first = from;
        w.width.assign(width.begin() + static_cast<std::ptrdiff_t>(from - first),
                       width.begin() + static_cast<std::ptrdiff_t>(to - first));
        w.shift.assign(shift.begin() + static_cast<std::ptrdiff_t>(from - first),
                       shift.begin() + static_cast<std::ptrdiff_t>(to - first));
        w.squeezed.assign(squeezed.begin() + static_cast<std::ptrdiff_t>(from - first),
                          squeezed.begin() + static_cast<std::ptrdiff_t>(to - first));
        return w;
    }

    // Compresses the pair (k, k+1) if it can; returns the width gained.
    double squeeze_pair(const std::vector<Unit>& units, std::size_t k, double em) {
        const int which = compressible_pair(units[k], units[k + 1]);
        const std::size_t idx = which == 1 ? k : k + 1;
        if (which == 0 || squeezed_at(k) || squeezed_at(k + 1)) {
            return 0;
        }
        width_at(idx) -= em / 2;
        if (which == 2) {
            shift_at(idx) = -em / 2;
        }
        mark_squeezed(idx);
        return em / 2;
    }
};

class Fitter {
public:
    Fitter(const std::vector<Unit>& units, const FitOptions& opt) : m_units(units), m_opt(opt) {
        const std::size_t n = units.size();
        m_base.width.resize(n);
        m_base.shift.assign(n, 0);
        m_base.squeezed.assign(n, false);
        m_gap.assign(n, 0);
        for (std::size_t k = 0; k < n; ++k) {
            m_base.width[k] = units[k].width_pt;
            if (k > 0 && is_han_latin_boundary(units[k - 1], units[k])) {
                m_gap[k] = opt.han_latin_gap_em * opt.em_pt;
            }
        }
        if (opt.compress_adjacent) {
            for (std::size_t k = 0; k + 1 < n; ++k) {
                m_base.squeeze_pair(units, k, opt.em_pt);
            }
        }
    }

    std::vector<FittedLine> run() { return m_opt.whole_paragraph ? run_whole_paragraph() : run_greedy(); }

private:
    std::vector<FittedLine> run_greedy() {
        std::vector<FittedLine> lines;
        const std::size_t n = m_units.size();
        std::size_t start = 0;
        while (start < n) {
            const double avail = m_opt.line_width_pt - (lines.empty() ? m_opt.first_indent_pt : m_opt.rest_indent_pt);
            // Greedy fill: the longest run of units that fits.
            std::size_t end = start;
            double sum = 0;
            while (end < n) {
                const double next = sum + (end > start ? m_gap[end] : 0) + m_base.width[end];
                if (next - end_trim(m_base, end) > avail + k_eps) {
                    break;
                }
                sum = next;
                ++end;
            }
            if (end == n) {
                lines.push_back(make_line(start, n, lines.empty(), m_base, false));
                break;
            }
            if (end > start && may_hang(end)) {
                lines.push_back(make_line(start, end + 1, lines.empty(), m_base, m_opt.justify && end + 1 < n, true));
                start = end + 1;
                continue;
            }
            const std::size_t j = std::max(end, start + 1);  // the first unit that does not fit
            std::size_t b = j;
            while (b > start && !m_units[b].break_before) {
                --b;
            }
            if (b == start) {
                b = j;  // no break opportunity on the whole line: break where it overflows
            }
            FittedLine line = make_line(start, b, lines.empty(), m_base, m_opt.justify);
            if (m_opt.push_in_first || too_loose(line, avail)) {
                if (auto pushed = push_in(start, j, avail, lines.empty())) {
                    line = *pushed;
                }
            }
            start = line.end;
            lines.push_back(std::move(line));
        }
        if (m_opt.avoid_orphans) {
            fix_orphan(lines);
        }
        return lines;
    }

    // Penalties of a line ending before the paragraph's end, in "cells given up" squared:
    // a full line costs nothing, one cell short 10, push-in 60, two cells short 1040.
    double line_cost(double slack_pt, std::size_t gaps) const {
        const double cells = slack_pt / m_opt.em_pt;
        double cost = 10 * cells * cells;
        if (slack_pt > k_eps && (gaps == 0 || slack_pt / static_cast<double>(gaps) > m_opt.max_gap_stretch_em * m_opt.em_pt)) {
            cost += 50;  // stretched past the limit
        }
        return cost + (cells > 1 + 1e-6 ? 1000 : 0);
    }

    std::vector<FittedLine> run_whole_paragraph() {
        const std::size_t n = m_units.size();
        constexpr double k_inf = 1e300;
        constexpr double k_push_in_cost = 60;
        std::vector<double> best(n + 1, k_inf);
        std::vector<std::size_t> next(n + 1, n);
        std::vector<bool> squeezed_line(n + 1, false);
        std::vector<bool> hanging_line(n + 1, false);
        best[n] = 0;
        for (std::size_t s = n; s-- > 0;) {
            const double avail = m_opt.line_width_pt - (s == 0 ? m_opt.first_indent_pt : m_opt.rest_indent_pt);
            double sum = 0;
            double squeeze = 0;              // what compressing adjacent pairs in [s, e) could give back
            std::size_t pair_free_from = s;  // pairs may not overlap
            std::size_t gaps = 0;            // stretchable gaps in [s, e), kept as e grows
            for (std::size_t e = s + 1; e <= n; ++e) {
                const double before = sum;  // [s, e - 1): what a hanging unit e - 1 leaves
                sum += (e - 1 > s ? m_gap[e - 1] : 0) + m_base.width[e - 1];
                const bool gap_before_last = e - 1 > s && stretchable_gap(m_units[e - 2], m_units[e - 1]);
                if (gap_before_last) {
                    ++gaps;
                }
                if (e >= s + 2 && e - 2 >= pair_free_from && !m_base.squeezed[e - 2] && !m_base.squeezed[e - 1] &&
                    compressible_pair(m_units[e - 2], m_units[e - 1])) {
                    squeeze += m_opt.em_pt / 2;
                    pair_free_from = e;
                }
                const double content = sum - end_trim(m_base, e - 1);
                if (e - 1 > s && content > avail + k_eps && before <= avail + k_eps && may_hang(e - 1)) {
                    const double cost = e < n ? line_cost(avail - before, gaps - (gap_before_last ? 1 : 0)) : 0;
                    if (cost + best[e] <= best[s]) {
                        best[s] = cost + best[e];
                        next[s] = e;
                        squeezed_line[s] = false;
                        hanging_line[s] = true;
                    }
                }
                if (content - squeeze > avail + k_eps) {
                    break;
                }
                const bool fits = content <= avail + k_eps;
                if (e < n && !m_units[e].break_before) {
                    continue;
                }
                double cost = 0;
                if (!fits) {
                    cost = k_push_in_cost;
                } else if (e < n) {
                    cost = line_cost(avail - content, gaps);
                }
                if (cost + best[e] <= best[s]) {  // ties: the later break, as greedy would
                    best[s] = cost + best[e];
                    next[s] = e;
                    squeezed_line[s] = !fits;
                    hanging_line[s] = false;
                }
            }
            if (best[s] == k_inf) {
                // No break opportunity on the whole line: break where it overflows.
                std::size_t e = s + 1;
                double w = m_base.width[s];
                while (e < n && w + m_gap[e] + m_base.width[e] <= avail + k_eps) {
                    w += m_gap[e] + m_base.width[e];
                    ++e;
                }
                next[s] = e;
                best[s] = 1e6 + best[e];
            }
        }
        std::vector<FittedLine> lines;
        for (std::size_t s = 0; s < n; s = next[s]) {
            const std::size_t e = next[s];
            if (squeezed_line[s]) {
                Widths w = m_base.window(s, e);
                const double avail = m_opt.line_width_pt - (s == 0 ? m_opt.first_indent_pt : m_opt.rest_indent_pt);
                for (std::size_t k = s; k + 1 < e && content_width(s, e, w) > avail + k_eps; ++k) {
                    w.squeeze_pair(m_units, k, m_opt.em_pt);
                }
                lines.push_back(make_line(s, e, s == 0, w, m_opt.justify && e < n));
                lines.back().pushed_in = true;
            } else {
                lines.push_back(make_line(s, e, s == 0, m_base, m_opt.justify && e < n, hanging_line[s]));
            }
        }
        return lines;
    }

    static bool is_latin(const Unit& u) { return u.first_class == CharClass::narrow; }
    static bool is_han(const Unit& u) { return u.first_class == CharClass::han; }
    static bool is_han_latin_boundary(const Unit& a, const Unit& b) {
        return (is_han(a) && is_latin(b)) || (is_latin(a) && is_han(b));
    }

    // Whether unit k may hang past the right edge at a line's end (clreq §7): a stop mark
    // that is not one of consecutive marks, followed by a place a line may start.
    bool may_hang(std::size_t k) const {
        const std::size_t n = m_units.size();
        return m_opt.hang_stops && k > 0 && m_units[k].first_class == CharClass::stop &&
               m_units[k].last_class == CharClass::stop && !is_mark(m_units[k - 1].last_class) &&
               (k + 1 == n || (m_units[k + 1].break_before && !is_mark(m_units[k + 1].first_class)));
    }

    // What a mark at the end of a line gives back when line-end trimming is on.
    double end_trim(const Widths& w, std::size_t k) const {
        return (m_opt.trim_line_end && blank_on_right(m_units[k].last_class) && !w.squeezed_at(k)) ? m_opt.em_pt / 2 : 0;
    }

    double content_width(std::size_t start, std::size_t end, const Widths& w) const {
        double sum = 0;
        for (std::size_t k = start; k < end; ++k) {
            sum += w.width_at(k) + (k > start ? m_gap[k] : 0);
        }
        return end > start ? sum - end_trim(w, end - 1) : 0;
    }

    std::size_t stretchable_gaps(std::size_t start, std::size_t end) const {
        std::size_t gaps = 0;
        for (std::size_t k = start; k + 1 < end; ++k) {
            gaps += stretchable_gap(m_units[k], m_units[k + 1]) ? 1 : 0;
        }
        return gaps;
    }

    // With `hanging`, the last unit goes past the edge: the rest fills the line.
    FittedLine make_line(std::size_t start, std::size_t end, bool first, const Widths& w, bool stretch,
                         bool hanging = false) const {
        FittedLine line;
        line.begin = start;
        line.end = end;
        line.hanging = hanging;
        const std::size_t body_end = hanging ? end - 1 : end;
        line.indent_pt = first ? m_opt.first_indent_pt : m_opt.rest_indent_pt;
        line.content_pt = content_width(start, body_end, w);
        const double avail = m_opt.line_width_pt - line.indent_pt;
        const std::size_t gaps = stretchable_gaps(start, body_end);
        const double slack = avail - line.content_pt;
        const double per_gap = (stretch && gaps > 0 && slack > 0) ? slack / static_cast<double>(gaps) : 0;
        double x = 0;
        for (std::size_t k = start; k < end; ++k) {
            if (k > start) {
                x += m_gap[k] + (k < body_end && stretchable_gap(m_units[k - 1], m_units[k]) ? per_gap : 0);
            }
            line.x_pt.push_back(x);
            line.glyph_shift_pt.push_back(w.shift_at(k));
            x += w.width_at(k);
        }
        return line;
    }

    bool too_loose(const FittedLine& line, double avail) const {
        const std::size_t gaps = stretchable_gaps(line.begin, line.end);
        const double slack = avail - line.content_pt;
        return slack > k_eps && (gaps == 0 || slack / static_cast<double>(gaps) > m_opt.max_gap_stretch_em * m_opt.em_pt);
    }

    // Push-in (clreq §7): keep the units up to the next break on this line by compressing
    // adjacent punctuation pairs not yet compressed.
    std::optional<FittedLine> push_in(std::size_t start, std::size_t j, double avail, bool first) const {
        const std::size_t n = m_units.size();
        std::size_t e = j + 1;
        // Compression gives back at most half of each unit, so units up to the next break
        // that are more than twice the line wide can never be pushed in. Stopping there
        // keeps a token with no break (5,000 Latin letters) linear: scanning it to its end
        // for every line it fills was quadratic (200,000 letters: 56 s).
        double scanned = 0;
        for (std::size_t k = start; k < e; ++k) {
            scanned += m_base.width[k];
        }
        while (e < n && !m_units[e].break_before) {
            scanned += m_base.width[e];
            if (scanned > 2 * avail + k_eps) {
                return std::nullopt;
            }
            ++e;
        }
        Widths w = m_base.window(start, e);
        double excess = content_width(start, e, w) - avail;
        for (std::size_t k = start; k + 1 < e && excess > k_eps; ++k) {
            excess -= w.squeeze_pair(m_units, k, m_opt.em_pt);
        }
        excess = content_width(start, e, w) - avail;  // trimming may have changed with squeezing
        if (m_opt.push_in_single_marks) {
            // clreq §5 shrink order: brackets, then ，、；：, then 。？！ — half an em each.
            for (CharClass cls : {CharClass::open, CharClass::close, CharClass::stop, CharClass::question}) {
                for (std::size_t k = start; k + 1 < e && excess > k_eps; ++k) {
                    if (m_units[k].first_class == cls && m_units[k].last_class == cls && !w.squeezed_at(k)) {
                        w.width_at(k) -= m_opt.em_pt / 2;
                        w.shift_at(k) = cls == CharClass::open ? -m_opt.em_pt / 2 : 0;
                        w.mark_squeezed(k);
                        excess -= m_opt.em_pt / 2;
                    }
                }
            }
            excess = content_width(start, e, w) - avail;
        }
        if (excess > k_eps) {
            return std::nullopt;
        }
        FittedLine line = make_line(start, e, first, w, m_opt.justify && e < n);
        line.pushed_in = true;
        return line;
    }

    // No last line holding one character, or one character and a mark (clreq §7): push one
    // more unit out of the line above.
    void fix_orphan(std::vector<FittedLine>& lines) const {
        if (lines.size() < 2) {
            return;
        }
        const FittedLine& last = lines.back();
        const std::size_t count = last.end - last.begin;
        const bool orphan = count == 1 || (count == 2 && is_mark(m_units[last.begin + 1].first_class));
        if (!orphan) {
            return;
        }
        const FittedLine& prev = lines[lines.size() - 2];
        std::size_t b = last.begin - 1;
        while (b > prev.begin && !m_units[b].break_before) {
            --b;
        }
        if (b == prev.begin) {
            return;
        }
        const bool first = lines.size() == 2;
        const std::size_t end = last.end;
        const std::size_t begin = prev.begin;
        lines.pop_back();
        lines.pop_back();
        lines.push_back(make_line(begin, b, first, m_base, m_opt.justify));
        lines.push_back(make_line(b, end, false, m_base, false));
    }

    const std::vector<Unit>& m_units;
    const FitOptions& m_opt;
    Widths m_base;
    std::vector<double> m_gap;  // the Han–Latin gap before each unit
};

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
            u.natural_pt += g.x_advance * size_pt / fonts.units_per_em(g.font);
        }
        const std::u32string chars = utf8::to_u32(u.text);
        u.first_class = text::classify(chars.front());
        u.last_class = text::classify(chars.back());
        std::size_t full = 0;
        for (char32_t c : chars) {
            full += text::is_full_width(c) ? 1 : 0;
        }
        // On the grid a full-width character takes exactly one cell whatever its advance
        // (16 pt glyphs in 15.79 pt cells, docs/spec/gbt9704.md §2), and a half-width one (a
        // digit, a letter of half an em) half a cell, squeezed by the same 1.3 %.
        u.width_pt = u.natural_pt;
        if (cell_pt > 0 && full == chars.size()) {
            u.width_pt = cell_pt * static_cast<double>(full);
        } else if (cell_pt > 0 && full == 0 && chars.size() == 1 && std::fabs(u.natural_pt / size_pt - 0.5) < 0.03) {
            u.width_pt = cell_pt / 2;
        }
        u.break_before = breaks[cp_index[begin]];
        u.byte_offset = begin;
        units.push_back(std::move(u));
        i = j;
    }
    return units;
}

std::vector<FittedLine> fit_lines(const std::vector<Unit>& units, const FitOptions& options) {
    return Fitter(units, options).run();
}

}  // namespace hsdoc::layout
