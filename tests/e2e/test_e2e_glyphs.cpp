// End to end: the PDF must draw the right glyphs, not just carry the right text. pdftotext
// passes even when the content stream holds glyph ids where CIDs belong, because ToUnicode
// does not depend on the glyphs. So this renders hsdoc's page with poppler, finds each glyph
// with MuPDF's stext positions, and compares its ink with an independent FreeType rendering
// of the same character straight from the font file. In FandolFang GID == CID only below
// GID 8896, so – ¥ € expose a GID/CID mix-up while common hanzi hide it.
#include "support.hpp"
#include "util/utf8.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_CID_H

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <sstream>
#include <vector>

namespace fs = std::filesystem;
using namespace hsdoc::test;

namespace {

const double k_dpi = 300.0;

// Body paragraphs: the first carries the characters whose GID differs from their CID; the
// last three end with them, where a changed code can't move any glyph after it.
const char* k_input =
    "预算说明\n"
    "发布时间:2023-02-04 20:37 来源:测试\n"
    "\n"
    "2023–2024年度预算：¥1,250万元（约€160万）。\n"
    "政府工作报告强调推动经济发展。\n"
    "人民币的符号是¥\n"
    "欧元的符号是€\n"
    "年份区间写作2023–\n";

// An 8-bit coverage image: 0 = no ink, 255 = full ink.
struct Coverage {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> pixels;
    unsigned char at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * width + x]; }
};

// Reads the binary PGM (P5, maxval 255) that `pdftoppm -gray` writes, as ink coverage.
Coverage read_pgm_as_coverage(const fs::path& path) {
    const std::string bytes = read_file(path);
    std::size_t pos = 0;
    // Header tokens are separated by whitespace and may be interleaved with # comments.
    auto next_token = [&]() {
        while (pos < bytes.size()) {
            if (std::isspace(static_cast<unsigned char>(bytes[pos]))) {
                ++pos;
            } else if (bytes[pos] == '#') {
                while (pos < bytes.size() && bytes[pos] != '\n') {
                    ++pos;
                }
            } else {
                break;
            }
        }
        const std::size_t start = pos;
        while (pos < bytes.size() && !std::isspace(static_cast<unsigned char>(bytes[pos]))) {
            ++pos;
        }
        return bytes.substr(start, pos - start);
    };
    BOOST_REQUIRE_EQUAL(next_token(), "P5");
    Coverage img;
    img.width = std::stoi(next_token());
    img.height = std::stoi(next_token());
    BOOST_REQUIRE_EQUAL(next_token(), "255");
    ++pos;  // the single whitespace byte before the raster
    const std::size_t size = static_cast<std::size_t>(img.width) * img.height;
    BOOST_REQUIRE_GE(bytes.size() - pos, size);
    img.pixels.resize(size);
    for (std::size_t i = 0; i < size; ++i) {
        img.pixels[i] = static_cast<unsigned char>(255 - static_cast<unsigned char>(bytes[pos + i]));
    }
    return img;
}

Coverage crop(const Coverage& img, int x0, int y0, int x1, int y1) {
    x0 = std::clamp(x0, 0, img.width);
    x1 = std::clamp(x1, x0, img.width);
    y0 = std::clamp(y0, 0, img.height);
    y1 = std::clamp(y1, y0, img.height);
    Coverage out;
    out.width = x1 - x0;
    out.height = y1 - y0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            out.pixels.push_back(img.at(x, y));
        }
    }
    return out;
}

// Crops to the pixels that are more ink than paper; empty when nothing is drawn (the
// "silently blank" failure of original-GID codes).
Coverage ink_box(const Coverage& img) {
    int x0 = img.width;
    int y0 = img.height;
    int x1 = 0;
    int y1 = 0;
    for (int y = 0; y < img.height; ++y) {
        for (int x = 0; x < img.width; ++x) {
            if (img.at(x, y) >= 128) {
                x0 = std::min(x0, x);
                y0 = std::min(y0, y);
                x1 = std::max(x1, x + 1);
                y1 = std::max(y1, y + 1);
            }
        }
    }
    if (x1 <= x0) {
        return {};
    }
    return crop(img, x0, y0, x1, y1);
}

// Puts an ink box in the middle of a fixed square canvas (kept at its real size, so a glyph
// of the wrong size or shape can't match) and box-filters it down by `factor`, which absorbs
// the one-pixel differences between poppler's and FreeType's rasterisers.
std::vector<double> normalise(const Coverage& ink, int canvas, int factor) {
    const int cells = canvas / factor;
    std::vector<double> grid(static_cast<std::size_t>(cells) * cells, 0.0);
    const int ox = (canvas - ink.width) / 2;
    const int oy = (canvas - ink.height) / 2;
    for (int y = 0; y < ink.height; ++y) {
        for (int x = 0; x < ink.width; ++x) {
            const int cx = (x + ox) / factor;
            const int cy = (y + oy) / factor;
            if (cx >= 0 && cy >= 0 && cx < cells && cy < cells) {
                grid[static_cast<std::size_t>(cy) * cells + cx] += ink.at(x, y) / 255.0 / (factor * factor);
            }
        }
    }
    return grid;
}

// Soft IoU of two coverage grids: sum of minima over sum of maxima (1 = identical).
double soft_iou(const Coverage& a, const Coverage& b, double ppem) {
    if (a.pixels.empty() || b.pixels.empty()) {
        return 0.0;
    }
    const int factor = 3;
    const int canvas = static_cast<int>(std::ceil(ppem * 1.5 / factor)) * factor;
    const std::vector<double> ga = normalise(a, canvas, factor);
    const std::vector<double> gb = normalise(b, canvas, factor);
    double lo = 0.0;
    double hi = 0.0;
    for (std::size_t i = 0; i < ga.size(); ++i) {
        lo += std::min(ga[i], gb[i]);
        hi += std::max(ga[i], gb[i]);
    }
    return hi > 0.0 ? lo / hi : 0.0;
}

// FandolFang opened with FreeType, independently of hsdoc's own font code.
class Font {
public:
    explicit Font(const fs::path& file) {
        BOOST_REQUIRE(FT_Init_FreeType(&m_library) == 0);
        BOOST_REQUIRE_MESSAGE(FT_New_Face(m_library, file.c_str(), 0, &m_face) == 0, "cannot open " << file);
        FT_Bool cid_keyed = 0;
        BOOST_REQUIRE(FT_Get_CID_Is_Internally_CID_Keyed(m_face, &cid_keyed) == 0);
        BOOST_REQUIRE_MESSAGE(cid_keyed, file << " is not a CID-keyed CFF font");
    }
    ~Font() {
        FT_Done_Face(m_face);
        FT_Done_FreeType(m_library);
    }
    Font(const Font&) = delete;
    Font& operator=(const Font&) = delete;

    FT_UInt num_glyphs() const { return static_cast<FT_UInt>(m_face->num_glyphs); }

    FT_UInt gid_of(char32_t cp) const { return FT_Get_Char_Index(m_face, cp); }

    FT_UInt cid_of(FT_UInt gid) const {
        FT_UInt cid = 0;
        BOOST_REQUIRE(FT_Get_CID_From_Glyph_Index(m_face, gid, &cid) == 0);
        return cid;
    }

    // The glyph whose CID is `cid`, if the font has one.
    std::optional<FT_UInt> gid_with_cid(FT_UInt cid) const {
        for (FT_Long gid = 0; gid < m_face->num_glyphs; ++gid) {
            FT_UInt c = 0;
            if (FT_Get_CID_From_Glyph_Index(m_face, static_cast<FT_UInt>(gid), &c) == 0 && c == cid) {
                return static_cast<FT_UInt>(gid);
            }
        }
        return std::nullopt;
    }

    // Renders a glyph at `points` and 300 dpi, unhinted like poppler's default rasteriser.
    Coverage render(FT_UInt gid, double points) const {
        BOOST_REQUIRE(FT_Set_Char_Size(m_face, 0, static_cast<FT_F26Dot6>(std::lround(points * 64)),
                                       static_cast<FT_UInt>(k_dpi), static_cast<FT_UInt>(k_dpi)) == 0);
        BOOST_REQUIRE(FT_Load_Glyph(m_face, gid, FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP | FT_LOAD_RENDER) == 0);
        const FT_Bitmap& bm = m_face->glyph->bitmap;
        BOOST_REQUIRE(bm.pixel_mode == FT_PIXEL_MODE_GRAY);
        Coverage img;
        img.width = static_cast<int>(bm.width);
        img.height = static_cast<int>(bm.rows);
        for (int y = 0; y < img.height; ++y) {
            for (int x = 0; x < img.width; ++x) {
                img.pixels.push_back(bm.buffer[y * bm.pitch + x]);
            }
        }
        return img;
    }

private:
    FT_Library m_library = nullptr;
    FT_Face m_face = nullptr;
};

// One glyph as MuPDF reports it: its box in points from the page's top-left corner.
struct PlacedGlyph {
    double size = 0.0;
    double x0 = 0.0;
    double y0 = 0.0;
    double x1 = 0.0;
    double y1 = 0.0;
    bool ends_line = false;
};

// Every character on page 1 set in FandolFang, with all its occurrences.
std::map<char32_t, std::vector<PlacedGlyph>> fang_glyphs(const fs::path& stext_xml) {
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed = doc.load_file(stext_xml.c_str());
    BOOST_REQUIRE_MESSAGE(parsed, "cannot parse " << stext_xml << ": " << parsed.description());
    std::map<char32_t, std::vector<PlacedGlyph>> glyphs;
    const pugi::xml_node page = doc.child("document").child("page");
    for (const pugi::xpath_node& n : page.select_nodes(".//font/char")) {
        const pugi::xml_node ch = n.node();
        const pugi::xml_node font = ch.parent();
        const std::u32string text = hsdoc::utf8::to_u32(ch.attribute("c").value());
        if (text.size() != 1 || std::string(font.attribute("name").value()).find("FandolFang") == std::string::npos) {
            continue;
        }
        std::istringstream quad(ch.attribute("quad").value());
        double q[8] = {};
        for (double& v : q) {
            quad >> v;
        }
        PlacedGlyph g;
        g.size = font.attribute("size").as_double();
        g.x0 = std::min({q[0], q[2], q[4], q[6]});
        g.x1 = std::max({q[0], q[2], q[4], q[6]});
        g.y0 = std::min({q[1], q[3], q[5], q[7]});
        g.y1 = std::max({q[1], q[3], q[5], q[7]});
        g.ends_line = !ch.next_sibling("char") && !font.next_sibling("font");
        glyphs[text[0]].push_back(g);
    }
    return glyphs;
}

std::string utf8_of(char32_t cp) {
    std::string s;
    hsdoc::utf8::append(s, cp);
    return s;
}

// Page 1 as poppler draws it at k_dpi.
Coverage render_page(const fs::path& pdf, const fs::path& prefix) {
    const CommandResult p = run("pdftoppm -r " + std::to_string(static_cast<int>(k_dpi)) +
                                " -gray -f 1 -l 1 -singlefile " + shell_quote(pdf) + " " + shell_quote(prefix));
    BOOST_REQUIRE_MESSAGE(p.exit_code == 0, "pdftoppm failed: " << p.err);
    return read_pgm_as_coverage(prefix.string() + ".pgm");
}

// The ink drawn inside a glyph's box on the rendered page.
Coverage drawn_ink(const Coverage& page, const PlacedGlyph& pg) {
    const double scale = k_dpi / 72.0;
    return ink_box(crop(page, static_cast<int>(std::floor(pg.x0 * scale)), static_cast<int>(std::floor(pg.y0 * scale)),
                        static_cast<int>(std::ceil(pg.x1 * scale)), static_cast<int>(std::ceil(pg.y1 * scale))));
}

// Converts k_input once, and renders and locates page 1 with two independent readers.
struct GlyphPdf {
    TempDir dir;
    fs::path pdf;
    std::string text;
    Coverage page;
    std::map<char32_t, std::vector<PlacedGlyph>> glyphs;
    GlyphPdf() {
        for (const char* tool : {"pdftotext", "pdftoppm", "mutool", "qpdf", "fix-qdf"}) {
            require_tool(tool);
        }
        const fs::path input = dir.path() / "glyphs.txt";
        write_file(input, k_input);
        const fs::path out = dir.path() / "out";
        const CommandResult r = run("HSDOC_DATA_DIR=" + shell_quote(source_dir()) + " " +
                                    shell_quote(hsdoc_binary()) + " convert -q -o " + shell_quote(out) + " " +
                                    shell_quote(input));
        BOOST_REQUIRE_MESSAGE(r.exit_code == 0, "hsdoc convert failed: " << r.err);
        pdf = out / "glyphs.pdf";
        BOOST_REQUIRE(fs::exists(pdf));

        const CommandResult t = run("pdftotext -enc UTF-8 " + shell_quote(pdf) + " -");
        BOOST_REQUIRE_MESSAGE(t.exit_code == 0, "pdftotext failed: " << t.err);
        text = t.out;

        page = render_page(pdf, dir.path() / "page");

        const fs::path stext = dir.path() / "page.xml";
        const CommandResult m = run("mutool draw -q -F stext -o " + shell_quote(stext) + " " + shell_quote(pdf) + " 1");
        BOOST_REQUIRE_MESSAGE(m.exit_code == 0, "mutool draw failed: " << m.err);
        glyphs = fang_glyphs(stext);
    }
};

GlyphPdf& glyph_pdf() {
    static GlyphPdf g;
    return g;
}

// – ¥ € have GID != CID in FandolFang; the hanzi have GID == CID. (Digits come from the
// style's Latin face, not FandolFang.)
const char32_t k_checked[] = {U'–', U'¥', U'€', U'预', U'算', U'政', U'府', U'（', U'。'};

const double k_min_iou = 0.7;

fs::path fandol_fang() { return source_dir() / "fonts" / "FandolFang-Regular.otf"; }

// Reads a PDF string token starting at `pos` (hex <…> or literal (…)) into bytes.
std::string read_pdf_string(const std::string& s, std::size_t& pos) {
    std::string bytes;
    if (s[pos] == '<') {
        std::string hex;
        for (++pos; pos < s.size() && s[pos] != '>'; ++pos) {
            if (std::isxdigit(static_cast<unsigned char>(s[pos]))) {
                hex += s[pos];
            }
        }
        ++pos;
        if (hex.size() % 2 == 1) {
            hex += '0';
        }
        for (std::size_t i = 0; i < hex.size(); i += 2) {
            bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
        }
        return bytes;
    }
    int depth = 1;
    for (++pos; pos < s.size(); ++pos) {
        const char c = s[pos];
        if (c == '\\') {
            const char e = s[++pos];
            if (e >= '0' && e <= '7') {
                int v = 0;
                for (int k = 0; k < 3 && s[pos] >= '0' && s[pos] <= '7'; ++k, ++pos) {
                    v = v * 8 + (s[pos] - '0');
                }
                --pos;
                bytes += static_cast<char>(v);
            } else {
                const std::map<char, char> escapes = {{'n', '\n'}, {'r', '\r'}, {'t', '\t'}, {'b', '\b'}, {'f', '\f'}};
                const auto it = escapes.find(e);
                bytes += it != escapes.end() ? it->second : e;
            }
        } else if (c == '(') {
            ++depth;
            bytes += c;
        } else if (c == ')') {
            if (--depth == 0) {
                ++pos;
                break;
            }
            bytes += c;
        } else {
            bytes += c;
        }
    }
    return bytes;
}

// Rewrites the 2-byte codes of every TJ array in an uncompressed (QDF) PDF through `remap`,
// writing all strings back as hex; returns how many codes changed.
int remap_tj_codes(std::string& qdf, const std::map<unsigned, unsigned>& remap) {
    std::istringstream in(qdf);
    std::string out;
    std::string line;
    int changed = 0;
    while (std::getline(in, line)) {
        const std::size_t end = line.rfind("] TJ");
        if (line.empty() || line[0] != '[' || end == std::string::npos) {
            out += line + '\n';
            continue;
        }
        std::string rewritten = "[";
        std::size_t pos = 1;
        while (pos < end) {
            if (line[pos] == '<' || line[pos] == '(') {
                const std::string bytes = read_pdf_string(line, pos);
                rewritten += '<';
                for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
                    unsigned code = static_cast<unsigned char>(bytes[i]) << 8;
                    code |= static_cast<unsigned char>(bytes[i + 1]);
                    if (const auto it = remap.find(code); it != remap.end()) {
                        code = it->second;
                        ++changed;
                    }
                    char hex[5];
                    std::snprintf(hex, sizeof hex, "%04X", code);
                    rewritten += hex;
                }
                rewritten += '>';
            } else {
                rewritten += line[pos++];
            }
        }
        out += rewritten + line.substr(end) + '\n';
    }
    qdf = out;
    return changed;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(e2e_glyphs)

BOOST_AUTO_TEST_CASE(text_layer_gives_back_the_test_characters) {
    // Only a sanity check: ToUnicode would pass even with the wrong glyphs drawn.
    for (char32_t cp : k_checked) {
        BOOST_TEST(glyph_pdf().text.find(utf8_of(cp)) != std::string::npos, "pdftotext lost " << utf8_of(cp));
    }
}

BOOST_AUTO_TEST_CASE(rendered_glyphs_match_the_font_where_gid_and_cid_differ) {
    const GlyphPdf& g = glyph_pdf();
    const Font font(fandol_fang());
    int gid_cid_differ = 0;
    for (char32_t cp : k_checked) {
        const std::string ch = utf8_of(cp);
        BOOST_TEST_CONTEXT("character " << ch) {
            const auto placed = g.glyphs.find(cp);
            BOOST_REQUIRE_MESSAGE(placed != g.glyphs.end(), "MuPDF found no FandolFang glyph for " << ch);
            const FT_UInt gid = font.gid_of(cp);
            BOOST_REQUIRE_MESSAGE(gid != 0, "FandolFang has no glyph for " << ch);
            const FT_UInt cid = font.cid_of(gid);

            // The two mix-ups: a CID code read as a GID, and a GID code read as a CID. A glyph
            // the font doesn't have would draw .notdef or nothing, which the IoU floor catches.
            std::vector<std::pair<std::string, FT_UInt>> wrong;
            if (gid != cid) {
                ++gid_cid_differ;
                if (cid < font.num_glyphs()) {
                    wrong.emplace_back("GID " + std::to_string(cid), cid);
                }
                if (const std::optional<FT_UInt> other = font.gid_with_cid(gid)) {
                    wrong.emplace_back("CID " + std::to_string(gid) + " (GID " + std::to_string(*other) + ")", *other);
                }
            }

            for (const PlacedGlyph& pg : placed->second) {
                const double ppem = pg.size * k_dpi / 72.0;
                const Coverage drawn = drawn_ink(g.page, pg);
                const double expected = soft_iou(drawn, ink_box(font.render(gid, pg.size)), ppem);
                BOOST_TEST_MESSAGE(ch << " (GID " << gid << ", CID " << cid << ") at " << pg.x0 << "," << pg.y0
                                      << ": IoU with its own glyph " << expected);
                BOOST_TEST(expected >= k_min_iou, ch << " at " << pg.x0 << "," << pg.y0
                                                     << " does not look like its glyph in the font: IoU " << expected);
                for (const auto& [label, wrong_gid] : wrong) {
                    const double mixed_up = soft_iou(drawn, ink_box(font.render(wrong_gid, pg.size)), ppem);
                    BOOST_TEST_MESSAGE(ch << ": IoU with the glyph at " << label << " " << mixed_up);
                    BOOST_TEST(expected > mixed_up, ch << " looks more like the glyph at " << label << " (IoU "
                                                       << mixed_up << ") than its own (" << expected << ")");
                }
            }
        }
    }
    BOOST_TEST(gid_cid_differ >= 1, "no checked character has GID != CID, so a mix-up would go unnoticed");
}

// Guards the test above: the same PDF with glyph ids written where CIDs belong (the mix-up
// pdftotext can't see) must fall below the IoU floor.
BOOST_AUTO_TEST_CASE(glyph_comparison_rejects_glyph_ids_written_as_codes) {
    const GlyphPdf& g = glyph_pdf();
    const Font font(fandol_fang());
    std::map<unsigned, unsigned> cid_to_gid;
    for (char32_t cp : k_checked) {
        const FT_UInt gid = font.gid_of(cp);
        if (gid != font.cid_of(gid)) {
            cid_to_gid[font.cid_of(gid)] = gid;
        }
    }
    BOOST_REQUIRE(!cid_to_gid.empty());

    const fs::path qdf = g.dir.path() / "qdf.pdf";
    const CommandResult q = run("qpdf --qdf --object-streams=disable " + shell_quote(g.pdf) + " " + shell_quote(qdf));
    BOOST_REQUIRE_MESSAGE(q.exit_code == 0, "qpdf --qdf failed: " << q.err);
    std::string bytes = read_file(qdf);
    const int changed = remap_tj_codes(bytes, cid_to_gid);
    BOOST_TEST_MESSAGE("rewrote " << changed << " codes from CID to GID");
    BOOST_REQUIRE_GE(changed, 3);
    write_file(qdf, bytes);
    const fs::path broken = g.dir.path() / "gid_codes.pdf";
    const CommandResult f = run("fix-qdf " + shell_quote(qdf) + " > " + shell_quote(broken));
    BOOST_REQUIRE_MESSAGE(f.exit_code == 0, "fix-qdf failed: " << f.err);
    const Coverage page = render_page(broken, g.dir.path() / "gid_codes");

    int checked = 0;
    for (const auto& [cid, gid] : cid_to_gid) {
        char32_t cp = 0;
        for (char32_t c : k_checked) {
            if (font.gid_of(c) == gid) {
                cp = c;
            }
        }
        // Only glyphs that end a line: a changed width moves every glyph after it.
        for (const PlacedGlyph& pg : g.glyphs.at(cp)) {
            if (!pg.ends_line) {
                continue;
            }
            const double iou =
                soft_iou(drawn_ink(page, pg), ink_box(font.render(gid, pg.size)), pg.size * k_dpi / 72.0);
            BOOST_TEST_MESSAGE(utf8_of(cp) << " drawn from code " << gid << " instead of " << cid << ": IoU " << iou);
            BOOST_TEST(iou < k_min_iou, utf8_of(cp) << " still matched with a GID code: IoU " << iou);
            ++checked;
        }
    }
    BOOST_TEST(checked >= 3, "only " << checked << " line-final test characters to check");
}

BOOST_AUTO_TEST_SUITE_END()
