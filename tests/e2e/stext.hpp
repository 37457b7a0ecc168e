// MuPDF's view of a PDF: every glyph with its page, font, size, colour and position, from
// `mutool draw -F stext`, grouped into lines. Positions in millimetres from the paper's
// top-left, as a reader measures a printed page.
#pragma once

#include "support.hpp"
#include "util/utf8.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace hsdoc::test {

struct StextChar {
    int page = 0;
    std::string font;
    double size = 0;
    std::string color;
    char32_t c = 0;
    double x0 = 0;  // glyph box, mm
    double x1 = 0;
    double y = 0;   // baseline, mm
};

struct StextLine {
    int page = 0;
    double y = 0;
    double size = 0;
    std::vector<StextChar> chars;  // left to right
    double x0() const { return chars.front().x0; }
    double x1() const { return chars.back().x1; }
    std::u32string text() const {
        std::u32string t;
        for (const auto& c : chars) {
            t += c.c;
        }
        return t;
    }
};

inline std::vector<StextChar> read_stext(const std::filesystem::path& pdf) {
    require_tool("mutool");
    TempDir d;
    const auto xml = d.path() / "s.xml";
    const CommandResult r = run("mutool draw -q -F stext -o " + shell_quote(xml.string()) + " " + shell_quote(pdf.string()));
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, "mutool failed: " << r.err);
    pugi::xml_document doc;
    BOOST_REQUIRE(doc.load_file(xml.c_str()));
    const double mm = 25.4 / 72;
    std::vector<StextChar> out;
    int page = 0;
    for (const pugi::xml_node& p : doc.child("document").children("page")) {
        for (const pugi::xpath_node& n : p.select_nodes(".//font/char")) {
            const pugi::xml_node ch = n.node();
            const pugi::xml_node font = ch.parent();
            StextChar c;
            c.page = page;
            c.font = font.attribute("name").value();
            c.size = font.attribute("size").as_double();
            c.color = ch.attribute("color").value();
            const std::u32string cp = utf8::to_u32(ch.attribute("c").value());
            c.c = cp.empty() ? 0 : cp[0];
            std::istringstream q(ch.attribute("quad").value());
            double v[8] = {};
            for (double& x : v) {
                q >> x;
            }
            c.x0 = std::min({v[0], v[2], v[4], v[6]}) * mm;
            c.x1 = std::max({v[0], v[2], v[4], v[6]}) * mm;
            c.y = ch.attribute("y").as_double() * mm;
            out.push_back(c);
        }
        ++page;
    }
    return out;
}

// Glyphs grouped by page and baseline (to 0.01 mm), each line sorted left to right.
inline std::vector<StextLine> stext_lines(const std::vector<StextChar>& chars) {
    std::map<std::pair<int, long>, StextLine> by_line;
    for (const StextChar& c : chars) {
        StextLine& l = by_line[{c.page, std::lround(c.y * 100)}];
        l.page = c.page;
        l.y = c.y;
        l.size = std::max(l.size, c.size);
        l.chars.push_back(c);
    }
    std::vector<StextLine> lines;
    for (auto& [key, l] : by_line) {
        std::sort(l.chars.begin(), l.chars.end(), [](const StextChar& a, const StextChar& b) { return a.x0 < b.x0; });
        lines.push_back(std::move(l));
    }
    return lines;
}

}  // namespace hsdoc::test
