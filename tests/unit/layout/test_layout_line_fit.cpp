// Line fitting against docs/spec/clreq.md §9.2 (proportional, the `article` settings) and §9.3
// (the 公文 grid), on synthetic units: Han and marks 1 em, ASCII letters ½ em.
#include "layout/line_fit.hpp"
#include "support.hpp"
#include "util/utf8.hpp"

#include <cmath>

using namespace hsdoc;
using layout::FitOptions;
using layout::FittedLine;
using layout::Unit;

namespace {

constexpr double k_em = 10.0;

std::vector<Unit> units_of(const std::string& utf8) {
    const std::u32string cps = utf8::to_u32(utf8);
    const std::vector<bool> breaks = text::break_opportunities(cps);
    std::vector<Unit> units;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        Unit u;
        utf8::append(u.text, cps[i]);
        u.first_class = u.last_class = text::classify(cps[i]);
        u.width_pt = text::is_full_width(cps[i]) ? k_em : k_em / 2;
        u.natural_pt = u.width_pt;
        u.break_before = breaks[i];
        units.push_back(u);
    }
    return units;
}

FitOptions article(double width_em) {
    FitOptions o;
    o.line_width_pt = width_em * k_em;
    o.em_pt = k_em;
    o.compress_adjacent = true;
    o.trim_line_end = true;
    o.han_latin_gap_em = 0.25;
    o.push_in_single_marks = true;
    o.push_in_first = true;
    return o;
}

FitOptions grid(double cells, double indent_cells = 0) {
    FitOptions o;
    o.line_width_pt = cells * k_em;
    o.first_indent_pt = indent_cells * k_em;
    o.em_pt = k_em;
    return o;
}

// The 28-cell grid, breaks chosen together, lone stops allowed to hang.
FitOptions hanging_grid() {
    FitOptions o = grid(28);
    o.whole_paragraph = true;
    o.hang_stops = true;
    return o;
}

std::string repeated(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) {
        out += s;
    }
    return out;
}

// The lines as text joined with " / ".
std::string broken(const std::string& utf8, const FitOptions& o) {
    const std::vector<Unit> units = units_of(utf8);
    std::string out;
    for (const FittedLine& l : layout::fit_lines(units, o)) {
        out += out.empty() ? "" : " / ";
        for (std::size_t k = l.begin; k < l.end; ++k) {
            out += units[k].text;
        }
    }
    return out;
}

double content_em(const std::string& utf8) {
    const std::vector<FittedLine> lines = layout::fit_lines(units_of(utf8), article(1000));
    BOOST_REQUIRE(lines.size() == 1u);
    return lines[0].content_pt / k_em;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(layout_line_fit)

BOOST_AUTO_TEST_CASE(clreq_f1_stop_pushed_out_with_its_character) {
    BOOST_TEST(broken("一二三四五六七八九十。", article(10)) == "一二三四五六七八九 / 十。");
}
BOOST_AUTO_TEST_CASE(clreq_f2_push_in_squeezes_comma_and_line_end_stop) {
    BOOST_TEST(broken("一二三，五六七八九十。", article(10)) == "一二三，五六七八九十。");
}
BOOST_AUTO_TEST_CASE(clreq_f3_opening_quote_never_ends_a_line) {
    BOOST_TEST(broken("一二三四五六七八九“十”", article(10)) == "一二三四五六七八九 / “十”");
}
BOOST_AUTO_TEST_CASE(clreq_f4_dash_pair_moves_whole) {
    BOOST_TEST(broken("一二三四五六七八九——十", article(10)) == "一二三四五六七八九 / ——十");
}
BOOST_AUTO_TEST_CASE(clreq_f5_ellipsis_never_split_nor_at_line_start) {
    BOOST_TEST(broken("一二三四五六七八九……好", article(10)) == "一二三四五六七八 / 九……好");
}
BOOST_AUTO_TEST_CASE(clreq_f6_latin_word_fits_with_han_gap) {
    BOOST_TEST(broken("我们采用Unicode标准", article(8)) == "我们采用Unicode / 标准");
}
BOOST_AUTO_TEST_CASE(clreq_f7_latin_word_moves_whole) {
    BOOST_TEST(broken("我们采用Unicode标准", article(7)) == "我们采用 / Unicode标准");
}
BOOST_AUTO_TEST_CASE(clreq_f8_to_f10_adjacent_marks_share_one_and_a_half_em) {
    BOOST_TEST(std::fabs(content_em("“你好。”一") - 5.5) < 1e-9);  // 4.5 + 1
    BOOST_TEST(std::fabs(content_em("“你好。”") - 4.0) < 1e-9);    // at the line end
    BOOST_TEST(std::fabs(content_em("（一）（二）一") - 6.5) < 1e-9);
    BOOST_TEST(std::fabs(content_em("他说：“好”一") - 6.5) < 1e-9);
}
BOOST_AUTO_TEST_CASE(clreq_f11_orphan_control_pushes_one_more_character) {
    FitOptions o = article(10);
    o.avoid_orphans = true;
    BOOST_TEST(broken("一二三四五六七八九十。", o) == "一二三四五六七八 / 九十。");
}

BOOST_AUTO_TEST_CASE(clreq_g1_plain_paragraph_on_the_grid) {
    const std::string text = u8"一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十";
    const std::vector<Unit> units = units_of(text);
    const std::vector<FittedLine> lines = layout::fit_lines(units, grid(28, 2));
    BOOST_REQUIRE(lines.size() == 3u);
    BOOST_TEST(lines[0].end - lines[0].begin == 26u);
    BOOST_TEST(lines[1].end - lines[1].begin == 28u);
    BOOST_TEST(lines[2].end - lines[2].begin == 6u);
    for (const FittedLine& l : lines) {
        for (std::size_t k = 0; k < l.x_pt.size(); ++k) {
            BOOST_TEST(std::fabs(l.x_pt[k] - k * k_em) < 1e-9);  // no added spacing
        }
    }
}

BOOST_AUTO_TEST_CASE(clreq_g2_push_out_spreads_one_cell_over_the_gaps) {
    std::string text;
    for (int i = 0; i < 28; ++i) {
        text += "国";
    }
    text += "。";
    const std::vector<FittedLine> lines = layout::fit_lines(units_of(text), grid(28));
    BOOST_REQUIRE(lines.size() == 2u);
    BOOST_TEST(lines[0].end == 27u);
    BOOST_TEST(lines[1].end - lines[1].begin == 2u);
    const double gap = (lines[0].x_pt[1] - lines[0].x_pt[0]) - k_em;
    BOOST_TEST(std::fabs(gap - k_em / 26) < 1e-9);  // 0.607 pt with the 15.79 pt cell
    BOOST_TEST(std::fabs(lines[0].x_pt.back() + k_em - 28 * k_em) < 1e-9);  // flush right
}

BOOST_AUTO_TEST_CASE(clreq_g3_no_pair_to_compress_means_push_out) {
    std::string text;
    for (int i = 0; i < 10; ++i) {
        text += "国";
    }
    text += "，";
    for (int i = 0; i < 17; ++i) {
        text += "家";
    }
    text += "。";
    const std::vector<FittedLine> lines = layout::fit_lines(units_of(text), grid(28));
    BOOST_REQUIRE(lines.size() == 2u);
    BOOST_TEST(lines[0].end == 27u);  // 10 Han + ， + 16 Han
    BOOST_TEST(lines[1].end - lines[1].begin == 2u);
}

BOOST_AUTO_TEST_CASE(clreq_g4_bracket_heading_starts_exactly_after_the_indent) {
    const std::vector<FittedLine> lines = layout::fit_lines(units_of("（一）加强领导"), grid(28, 2));
    BOOST_REQUIRE(lines.size() == 1u);
    BOOST_TEST(lines[0].indent_pt == 2 * k_em);
    BOOST_TEST(lines[0].x_pt[0] == 0.0);
    BOOST_TEST(lines[0].glyph_shift_pt[0] == 0.0);
}

BOOST_AUTO_TEST_CASE(clreq_f1_with_hanging_the_stop_sits_past_the_edge) {
    FitOptions o = article(10);
    o.hang_stops = true;
    const std::vector<FittedLine> lines = layout::fit_lines(units_of("一二三四五六七八九十。"), o);
    BOOST_REQUIRE(lines.size() == 1u);
    BOOST_TEST(lines[0].hanging);
    BOOST_TEST(lines[0].content_pt == 10 * k_em);
    BOOST_TEST(lines[0].x_pt.back() == 10 * k_em);  // outside the 10-em measure
}

BOOST_AUTO_TEST_CASE(hanging_on_the_grid_keeps_28_cells_and_hangs_the_29th) {
    const FitOptions o = hanging_grid();
    const std::string text = repeated("国", 28) + "，家家家。";
    const std::vector<Unit> units = units_of(text);
    const std::vector<FittedLine> lines = layout::fit_lines(units, o);
    BOOST_REQUIRE(lines.size() == 2u);
    BOOST_TEST(lines[0].end == 29u);  // 28 Han and the hanging comma
    BOOST_TEST(lines[0].hanging);
    for (std::size_t k = 0; k < lines[0].x_pt.size(); ++k) {
        BOOST_TEST(std::fabs(lines[0].x_pt[k] - k * k_em) < 1e-9);  // nothing stretched
    }
    BOOST_TEST(!lines[1].hanging);
    BOOST_TEST(broken(text, o) == "国国国国国国国国国国国国国国国国国国国国国国国国国国国国， / 家家家。");
}

BOOST_AUTO_TEST_CASE(consecutive_marks_never_hang) {
    const std::string text = repeated("国", 28) + "。”家";
    const std::vector<FittedLine> lines = layout::fit_lines(units_of(text), hanging_grid());
    BOOST_REQUIRE(lines.size() == 2u);
    BOOST_TEST(lines[0].end == 27u);  // pushed out as without hanging
    BOOST_TEST(!lines[0].hanging);
}

BOOST_AUTO_TEST_CASE(token_longer_than_a_line_is_broken_where_it_overflows) {
    const std::string token(40, 'x');
    const std::vector<FittedLine> lines = layout::fit_lines(units_of(token), grid(10));
    BOOST_REQUIRE(lines.size() == 2u);
    BOOST_TEST(lines[0].end == 20u);  // 20 letters of ½ em fill 10 em
}

BOOST_AUTO_TEST_SUITE_END()
