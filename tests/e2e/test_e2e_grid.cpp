// The 28 × 22 grid measured from the PDF by MuPDF (issue: typesetting engine): for the seed
// and the visible corpus, the body's 16 pt lines start at 28 mm, full pages hold 22 lines
// 29.61 pt apart, no line starts with a mark that may not start one or ends with an
// opening mark, no line inside a paragraph ends short of or past the right edge, and a
// full line holds 27 to 28.5 cells (27: a character pushed out by a prohibited break), and
// no layout obeying those rules could have fewer 27-cell lines.
#include "stext.hpp"

#include <cctype>

namespace fs = std::filesystem;
using namespace hsdoc::test;

namespace {

constexpr double k_left_mm = 28.0;
constexpr double k_right_mm = 184.0;
constexpr double k_cell_mm = 156.0 / 28;

bool is_han(char32_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || c >= 0x20000; }

// Grid cells of a character as a reader counts them: full-width 1, a space 0, the rest ½.
double cells(char32_t c) {
    const bool full = is_han(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ||
                      std::u32string(U"“”‘’—…·").find(c) != std::u32string::npos;
    return c == U' ' ? 0 : (full ? 1 : 0.5);
}

double cells(const std::u32string& t) {
    double w = 0;
    for (char32_t c : t) {
        w += cells(c);
    }
    return w;
}

const std::u32string k_no_start = U"。，、；：？！）］｝〕〗】》〉」』”’·–～／々〃…)]},.:;!?%";
const std::u32string k_no_end = U"（［｛〔〖【《〈「『“‘(/[{";

bool may_break_before(const std::u32string& t, std::size_t j) {
    const char32_t a = t[j - 1];
    const char32_t b = t[j];
    const auto alnum = [](char32_t c) { return c < 0x80 && std::isalnum(static_cast<int>(c)); };
    return k_no_start.find(b) == std::u32string::npos && k_no_end.find(a) == std::u32string::npos &&
           !(alnum(a) && alnum(b)) && !(a == b && (a == U'—' || a == U'…'));
}

// The fewest full lines short of 28 cells any breaking of the paragraph's text can have,
// when every line but the last holds 27 to 28 cells and obeys the breaking rules above.
// Push-out costs a cell whenever a line's 29th character may not start a line; this
// checks that the fitter pays that cost no more often than the text forces it to.
int fewest_short_lines(const std::u32string& t, double first_indent) {
    const std::size_t n = t.size();
    constexpr int k_impossible = 1 << 20;
    std::vector<int> best(n + 1, k_impossible);  // from a line starting at i (not the first)
    auto from = [&](std::size_t i, double indent) {
        double rest = indent;
        for (std::size_t k = i; k < n; ++k) {
            rest += cells(t[k]);
        }
        int b = rest <= 28 ? 0 : k_impossible;
        double w = indent;
        for (std::size_t j = i + 1; j < n; ++j) {
            w += cells(t[j - 1]);
            if (w > 28) {
                break;
            }
            if (w >= 27 && may_break_before(t, j)) {
                b = std::min(b, best[j] + (w == 28 ? 0 : 1));
            }
        }
        return b;
    };
    for (std::size_t i = n; i-- > 1;) {
        best[i] = from(i, 0);
    }
    return from(0, first_indent);
}

std::vector<fs::path> documents() {
    std::vector<fs::path> out{source_dir() / "inputs/000_d03afc9d16656354.txt"};
    for (const auto& e : fs::directory_iterator(source_dir() / "tests/corpus/visible")) {
        if (e.path().extension() == ".txt") {
            out.push_back(e.path());
        }
    }
    std::sort(out.begin() + 1, out.end());
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(e2e_grid)

BOOST_AUTO_TEST_CASE(body_lines_hold_the_grid_and_the_line_breaking_rules) {
    TempDir out;
    int full_lines = 0;
    int exactly_28 = 0;
    int fewest_short = 0;
    for (const fs::path& input : documents()) {
        BOOST_TEST_CONTEXT(input.filename().string()) {
            const CommandResult r = run("HSDOC_DATA_DIR=" + shell_quote(source_dir().string()) + " " +
                                        shell_quote(hsdoc_binary().string()) + " convert -q -o " +
                                        shell_quote(out.path().string()) + " " + shell_quote(input.string()));
            BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
            const fs::path pdf = out.path() / (input.stem().string() + ".pdf");
            std::vector<StextLine> body;
            int pages = 0;
            for (const StextLine& l : stext_lines(read_stext(pdf))) {
                pages = std::max(pages, l.page + 1);
                if (std::fabs(l.size - 16) < 0.01 && l.y > 37 && l.y <= 262.5) {
                    body.push_back(l);
                }
            }
            BOOST_REQUIRE(!body.empty());
            double left = 1e9;
            for (const StextLine& l : body) {
                left = std::min(left, l.x0());
            }
            BOOST_TEST(std::fabs(left - k_left_mm) < 0.05, "left edge " << left << " mm");
            for (std::size_t i = 0; i < body.size(); ++i) {
                const StextLine& l = body[i];
                const std::u32string t = l.text();
                BOOST_TEST(k_no_start.find(t.front()) == std::u32string::npos,
                           "page " << l.page + 1 << " line starts with a prohibited mark: " << hsdoc::utf8::from_u32(t));
                BOOST_TEST(k_no_end.find(t.back()) == std::u32string::npos,
                           "page " << l.page + 1 << " line ends with an opening mark: " << hsdoc::utf8::from_u32(t));
                BOOST_TEST(l.x1() <= k_right_mm + 0.5, "line past the right edge: " << hsdoc::utf8::from_u32(t));
                // Inside a paragraph (the next line is not indented) a line reaches the edge.
                const bool continues = i + 1 < body.size() && body[i + 1].x0() - k_left_mm < 1.0 &&
                                       (body[i + 1].page > l.page || body[i + 1].y - l.y < 12);
                if (continues) {
                    BOOST_TEST(l.x1() > k_right_mm - 1.5, "ragged line: " << hsdoc::utf8::from_u32(t));
                }
                if (l.x1() > k_right_mm - 1.5) {
                    const double c = std::round((l.x0() - k_left_mm) / k_cell_mm * 2) / 2 + cells(t);
                    ++full_lines;
                    exactly_28 += c == 28 ? 1 : 0;
                    BOOST_TEST((c >= 27 && c <= 28.5), c << " cells: " << hsdoc::utf8::from_u32(t));
                }
            }
            // Paragraphs: a line indented, or after one that ends short, starts a new one.
            for (std::size_t i = 0; i < body.size();) {
                const double indent = std::round((body[i].x0() - left) / k_cell_mm * 2) / 2;
                std::u32string text;
                int short_lines = 0;
                std::size_t k = i;
                for (; k < body.size(); ++k) {
                    if (k > i && body[k].x0() - left > 1.0) {
                        break;
                    }
                    std::u32string t = body[k].text();
                    t.erase(std::remove(t.begin(), t.end(), U' '), t.end());
                    text += t;
                    const bool full = body[k].x1() > k_right_mm - 1.5;
                    if (!full) {
                        ++k;
                        break;
                    }
                    if ((k == i ? indent : 0) + cells(t) != 28) {
                        ++short_lines;
                    }
                }
                if (k - i > 1) {
                    const bool last_full = body[k - 1].x1() > k_right_mm - 1.5;
                    short_lines -= last_full && cells(body[k - 1].text()) != 28 ? 1 : 0;  // the last line may be short
                    const int fewest = fewest_short_lines(text, indent);
                    fewest_short += fewest;
                    BOOST_TEST(short_lines <= fewest, "page " << body[i].page + 1 << ": " << short_lines
                                                              << " short lines where " << fewest << " would do: "
                                                              << hsdoc::utf8::from_u32(text));
                }
                i = k;
            }
            std::map<int, std::vector<double>> ys;
            for (const StextLine& l : body) {
                ys[l.page].push_back(l.y);
            }
            for (int p = 1; p + 1 < pages; ++p) {  // full pages: not the first, not the last
                BOOST_TEST(ys[p].size() == 22u, "page " << p + 1 << ": " << ys[p].size() << " lines");
                for (std::size_t k = 1; k < ys[p].size(); ++k) {
                    BOOST_TEST(std::fabs((ys[p][k] - ys[p][k - 1]) * 72 / 25.4 - 29.61) < 0.02);
                }
            }
        }
    }
    BOOST_TEST_MESSAGE("full lines: " << full_lines << ", exactly 28 cells: " << exactly_28 << " ("
                                      << 100.0 * exactly_28 / std::max(1, full_lines) << " %; at best "
                                      << full_lines - fewest_short << ")");
    BOOST_TEST(full_lines > 80);
}

BOOST_AUTO_TEST_SUITE_END()
