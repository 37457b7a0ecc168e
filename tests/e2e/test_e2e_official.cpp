// End to end for the official layout (issue 5): convert the seed article as a 公文 and the
// example minutes (纪要), then measure the PDFs from outside, with readers hsdoc does not use:
// poppler's render for the red 版头 (gbt9704.md §5, §10.3), MuPDF's glyph positions for the
// page numbers (§8), zbar for the QR code, pdfinfo/pdffonts/pdftotext for metadata, fonts and
// the minutes' closing blocks (§7, §10.3). Lengths are in mm from the paper's top-left corner.
#include "support.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <regex>
#include <sstream>
#include <vector>

namespace fs = std::filesystem;
using namespace hsdoc::test;

namespace {

const double k_pt_per_mm = 72 / 25.4;
const int k_render_dpi = 150;  // 0.17 mm a pixel: fine enough for ± 0.5 mm
const char* k_seed = "000_d03afc9d16656354";
const char* k_seed_issuer = "赫山区人民政府";
const char* k_seed_url = "https://www.hsq.gov.cn/";

fs::path seed_input() { return source_dir() / "inputs" / (std::string(k_seed) + ".txt"); }
fs::path minutes_input() { return source_dir() / "inputs" / "minutes-example.xml"; }

void require_tools() {
    for (const char* tool : {"qpdf", "pdftoppm", "pdfinfo", "pdffonts", "pdftotext", "mutool", "zbarimg"}) {
        require_tool(tool);
    }
}

CommandResult convert(const std::string& options, const fs::path& input, const fs::path& out_dir) {
    return run("HSDOC_DATA_DIR=" + shell_quote(source_dir()) + " " + shell_quote(hsdoc_binary()) + " convert -q " +
               options + " -o " + shell_quote(out_dir) + " " + shell_quote(input));
}

int page_count(const fs::path& pdf) {
    const CommandResult r = run("pdfinfo " + shell_quote(pdf));
    BOOST_REQUIRE(r.exit_code == 0);
    const std::size_t at = r.out.find("\nPages:");
    BOOST_REQUIRE(at != std::string::npos);
    return std::stoi(r.out.substr(at + 7));
}

// One converted document, converted once for all test cases that need it.
struct OfficialPdf {
    TempDir dir;
    fs::path pdf;
    std::string url;  // the URL the QR and the link must carry
    int pages = 0;
    OfficialPdf(const std::string& options, const fs::path& input, std::string expected_url) : url(std::move(expected_url)) {
        require_tools();
        const CommandResult r = convert(options, input, dir.path());
        BOOST_REQUIRE_MESSAGE(r.exit_code == 0, "hsdoc convert failed: " << r.err);
        pdf = dir.path() / (input.stem().string() + ".pdf");
        BOOST_REQUIRE(fs::exists(pdf));
        pages = page_count(pdf);
    }
};

// The minutes' metadata, read from the input so the test follows the file.
std::string minutes_meta(const char* field) {
    pugi::xml_document doc;
    BOOST_REQUIRE(doc.load_file(minutes_input().c_str()));
    const std::string value = doc.child("report").child("meta").child(field).child_value();
    BOOST_REQUIRE_MESSAGE(!value.empty(), "minutes-example.xml has no <" << field << ">");
    return value;
}

OfficialPdf& seed_pdf() {
    static OfficialPdf doc(std::string("--issuer ") + k_seed_issuer + " --url " + shell_quote(k_seed_url), seed_input(),
                           k_seed_url);
    return doc;
}

OfficialPdf& minutes_pdf() {
    static OfficialPdf doc("--style minutes", minutes_input(), minutes_meta("url"));
    return doc;
}

// ---- the rendered page --------------------------------------------------------------------

struct RgbImage {
    int width = 0;
    int height = 0;
    std::string pixels;  // r g b, row by row
    bool is_red(int x, int y) const {
        const std::size_t i = (static_cast<std::size_t>(y) * width + x) * 3;
        const auto c = [&](int k) { return static_cast<unsigned char>(pixels[i + k]); };
        return c(0) > 180 && c(1) < 90 && c(2) < 90;
    }
};

// Reads the binary PPM (P6, maxval 255) that pdftoppm writes by default.
RgbImage read_ppm(const fs::path& path) {
    const std::string bytes = read_file(path);
    std::size_t pos = 0;
    auto next_token = [&]() {
        while (pos < bytes.size() && (std::isspace(static_cast<unsigned char>(bytes[pos])) || bytes[pos] == '#')) {
            if (bytes[pos] == '#') {
                pos = bytes.find('\n', pos);
                BOOST_REQUIRE(pos != std::string::npos);
            }
            ++pos;
        }
        const std::size_t start = pos;
        while (pos < bytes.size() && !std::isspace(static_cast<unsigned char>(bytes[pos]))) {
            ++pos;
        }
        return bytes.substr(start, pos - start);
    };
    BOOST_REQUIRE_MESSAGE(next_token() == "P6", path << " is not a binary PPM");
    RgbImage img;
    img.width = std::stoi(next_token());
    img.height = std::stoi(next_token());
    BOOST_REQUIRE(next_token() == "255");
    ++pos;  // the single whitespace byte before the raster
    img.pixels = bytes.substr(pos);
    BOOST_REQUIRE(img.pixels.size() == static_cast<std::size_t>(img.width) * img.height * 3);
    return img;
}

RgbImage render_page(const fs::path& pdf, int page) {
    TempDir d;
    const fs::path prefix = d.path() / "page";
    const CommandResult r = run("pdftoppm -r " + std::to_string(k_render_dpi) + " -f " + std::to_string(page) + " -l " +
                                std::to_string(page) + " -singlefile " + shell_quote(pdf) + " " + shell_quote(prefix));
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, "pdftoppm failed: " << r.err);
    return read_ppm(prefix.string() + ".ppm");
}

double px_to_mm(double px) { return px * 25.4 / k_render_dpi; }

// The top of the first dash's stroke of the page number, in mm from the paper's top, from a
// 600 dpi render of the strip under the type area (the stroke is under 0.1 mm thick).
double dash_stroke_top_mm(const fs::path& pdf, int page) {
    const int dpi = 600;
    const int top_px = static_cast<int>(263 / 25.4 * dpi);
    TempDir d;
    const fs::path prefix = d.path() / "strip";
    const CommandResult r = run("pdftoppm -r " + std::to_string(dpi) + " -f " + std::to_string(page) + " -l " +
                                std::to_string(page) + " -x 0 -y " + std::to_string(top_px) + " -W 4961 -H 600 -singlefile " +
                                shell_quote(pdf) + " " + shell_quote(prefix));
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, "pdftoppm failed: " << r.err);
    const RgbImage img = read_ppm(prefix.string() + ".ppm");
    auto dark = [&](int x, int y) {
        const std::size_t i = (static_cast<std::size_t>(y) * img.width + x) * 3;
        return static_cast<unsigned char>(img.pixels[i]) < 160;
    };
    int left = img.width;
    for (int y = 0; y < img.height; ++y) {
        for (int x = 0; x < img.width; ++x) {
            left = dark(x, y) ? std::min(left, x) : left;
        }
    }
    const int dash_width = static_cast<int>(2.5 / 25.4 * dpi);
    for (int y = 0; y < img.height; ++y) {
        for (int x = left; x < std::min(img.width, left + dash_width); ++x) {
            if (dark(x, y)) {
                return (top_px + y) * 25.4 / dpi;
            }
        }
    }
    return -1;
}

struct RedMeasure {
    int top_row = -1;     // first row holding a red pixel
    int rule_length = 0;  // the widest run of red pixels on one row, in pixels
    int rule_start = -1;
};

RedMeasure measure_red(const RgbImage& img) {
    RedMeasure m;
    for (int y = 0; y < img.height; ++y) {
        int run_length = 0;
        for (int x = 0; x < img.width; ++x) {
            if (!img.is_red(x, y)) {
                run_length = 0;
                continue;
            }
            if (m.top_row < 0) {
                m.top_row = y;
            }
            ++run_length;
            if (run_length > m.rule_length) {
                m.rule_length = run_length;
                m.rule_start = x - run_length + 1;
            }
        }
    }
    return m;
}

// ---- MuPDF's glyphs ----------------------------------------------------------------------

struct Glyph {
    int page = 0;  // 1-based
    double size_pt = 0;
    double x0_mm = 0;
    double x1_mm = 0;
    double baseline_mm = 0;
    std::string text;
};

std::vector<Glyph> mupdf_glyphs(const fs::path& pdf) {
    TempDir d;
    const fs::path xml = d.path() / "stext.xml";
    const CommandResult r = run("mutool draw -q -F stext -o " + shell_quote(xml) + " " + shell_quote(pdf));
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, "mutool failed: " << r.err);
    pugi::xml_document doc;
    BOOST_REQUIRE(doc.load_file(xml.c_str()));
    std::vector<Glyph> glyphs;
    int page = 0;
    for (const pugi::xml_node p : doc.child("document").children("page")) {
        ++page;
        for (const pugi::xpath_node& f : p.select_nodes(".//font")) {
            for (const pugi::xml_node ch : f.node().children("char")) {
                // quad = x0 y0 x1 y1 … in points from the top-left
                double q[4] = {};
                std::istringstream quad(ch.attribute("quad").value());
                quad >> q[0] >> q[1] >> q[2] >> q[3];
                glyphs.push_back(Glyph{page, f.node().attribute("size").as_double(), q[0] / k_pt_per_mm,
                                       q[2] / k_pt_per_mm, ch.attribute("y").as_double() / k_pt_per_mm,
                                       ch.attribute("c").value()});
            }
        }
    }
    return glyphs;
}

// Page-number glyphs: those whose baseline lies below the type area (262 mm) by more than
// 2 mm, in reading order, per page.
std::map<int, std::vector<Glyph>> page_number_glyphs(const fs::path& pdf) {
    std::map<int, std::vector<Glyph>> by_page;
    for (const Glyph& g : mupdf_glyphs(pdf)) {
        if (g.baseline_mm > 262 + 2) {
            by_page[g.page].push_back(g);
        }
    }
    for (auto& [page, glyphs] : by_page) {
        std::sort(glyphs.begin(), glyphs.end(), [](const Glyph& a, const Glyph& b) { return a.x0_mm < b.x0_mm; });
    }
    return by_page;
}

std::string joined(const std::vector<Glyph>& glyphs) {
    std::string s;
    for (const Glyph& g : glyphs) {
        s += g.text;
    }
    return s;
}

// ---- zbar and the link -------------------------------------------------------------------

// Every QR payload zbar decodes on each page's render, with the page number.
std::vector<std::pair<int, std::string>> decoded_qr_codes(const OfficialPdf& doc) {
    std::vector<std::pair<int, std::string>> found;
    TempDir d;
    for (int page = 1; page <= doc.pages; ++page) {
        const fs::path prefix = d.path() / ("p" + std::to_string(page));
        BOOST_REQUIRE(run("pdftoppm -r " + std::to_string(k_render_dpi) + " -png -singlefile -f " + std::to_string(page) +
                          " -l " + std::to_string(page) + " " + shell_quote(doc.pdf) + " " + shell_quote(prefix))
                          .exit_code == 0);
        // zbarimg exits 4 when it finds no code; its D-Bus chatter goes to stderr.
        const CommandResult r = run("zbarimg --raw -q " + shell_quote(prefix.string() + ".png"));
        BOOST_REQUIRE_MESSAGE(r.exit_code == 0 || r.exit_code == 4, "zbarimg failed: " << r.err);
        std::istringstream lines(r.out);
        std::string line;
        while (std::getline(lines, line)) {
            if (!line.empty()) {
                found.emplace_back(page, line);
            }
        }
    }
    return found;
}

// The URI annotations pdfinfo -url lists (the rows under its header).
std::vector<std::string> link_urls(const fs::path& pdf) {
    const CommandResult r = run("pdfinfo -url " + shell_quote(pdf));
    BOOST_REQUIRE(r.exit_code == 0);
    std::vector<std::string> urls;
    std::istringstream rows(r.out);
    std::string row;
    std::getline(rows, row);  // "Page  Type          URL"
    while (std::getline(rows, row)) {
        std::istringstream fields(row);
        std::string page;
        std::string type;
        std::string url;
        if (fields >> page >> type >> url) {
            urls.push_back(url);
        }
    }
    return urls;
}

std::string info_line(const std::string& info, const std::string& key) {
    std::istringstream lines(info);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.rfind(key + ":", 0) == 0) {
            const std::size_t v = line.find_first_not_of(' ', key.size() + 1);
            return v == std::string::npos ? "" : line.substr(v);
        }
    }
    return "";
}

// The XMP packet's elements (dc:title's rdf:li, dc:source, dc:identifier) by qualified name.
std::string xmp_text(const fs::path& pdf, const char* element) {
    const CommandResult r = run("pdfinfo -meta " + shell_quote(pdf));
    BOOST_REQUIRE(r.exit_code == 0);
    pugi::xml_document doc;
    BOOST_REQUIRE_MESSAGE(doc.load_string(r.out.c_str()), "the XMP packet is not XML");
    const pugi::xpath_node n = doc.select_node((std::string("//") + element).c_str());
    if (!n) {
        return "";
    }
    const pugi::xml_node li = n.node().select_node(".//rdf:li").node();
    return li ? li.child_value() : n.node().child_value();
}

void check_red_header(const OfficialPdf& doc) {
    const RedMeasure m = measure_red(render_page(doc.pdf, 1));
    BOOST_REQUIRE_MESSAGE(m.top_row >= 0, "no red pixel on page 1");
    const double top = px_to_mm(m.top_row);
    const double length = px_to_mm(m.rule_length);
    const double start = px_to_mm(m.rule_start);
    BOOST_TEST_MESSAGE(doc.pdf.filename() << ": red top " << top << " mm, rule " << length << " mm from " << start << " mm");
    BOOST_TEST(std::fabs(top - 72) <= 0.5, "the red mark's top is at " << top << " mm, not 72 mm");
    BOOST_TEST(std::fabs(length - 156) <= 0.5, "the red rule is " << length << " mm long, not 156 mm");
    BOOST_TEST(std::fabs(start - 28) <= 0.5, "the red rule starts at " << start << " mm, not 28 mm");
}

void check_page_numbers(const OfficialPdf& doc) {
    const auto numbers = page_number_glyphs(doc.pdf);
    for (int page = 1; page <= doc.pages; ++page) {
        const auto it = numbers.find(page);
        BOOST_TEST_CONTEXT(doc.pdf.filename() << " page " << page) {
            BOOST_TEST_REQUIRE((it != numbers.end()), "no page number");
            const std::vector<Glyph>& g = it->second;
            BOOST_TEST(joined(g) == "— " + std::to_string(page) + " —");
            if (page % 2 == 1) {
                BOOST_TEST(std::fabs(g.back().x1_mm - 179.06) <= 0.2, "ends at " << g.back().x1_mm << " mm");
            } else {
                BOOST_TEST(std::fabs(g.front().x0_mm - 32.94) <= 0.2, "starts at " << g.front().x0_mm << " mm");
            }
            // GB/T 9704 §7.5: the dashes' stroke 7 mm under the type area, i.e. 269 mm from the top.
            const double stroke = dash_stroke_top_mm(doc.pdf, page);
            BOOST_TEST(std::fabs(stroke - 269.0) <= 0.3, "the dash's stroke is at " << stroke << " mm");
        }
    }
}

void check_qr_and_link(const OfficialPdf& doc) {
    const auto codes = decoded_qr_codes(doc);
    BOOST_TEST(codes.size() == 1u, codes.size() << " QR codes decoded");
    for (const auto& [page, payload] : codes) {
        BOOST_TEST(payload == doc.url, "the QR on page " << page << " reads " << payload);
    }
    const std::vector<std::string> urls = link_urls(doc.pdf);
    BOOST_TEST((std::find(urls.begin(), urls.end(), doc.url) != urls.end()), "pdfinfo -url does not list " << doc.url);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(e2e_official)

BOOST_AUTO_TEST_CASE(both_pdfs_pass_qpdf_check) {
    for (const fs::path& pdf : {seed_pdf().pdf, minutes_pdf().pdf}) {
        const CommandResult r = run("qpdf --check " + shell_quote(pdf));
        BOOST_TEST(r.exit_code == 0, pdf.filename() << ": " << r.out << r.err);
        BOOST_TEST(r.err.empty(), "qpdf warnings: " << r.err);
    }
}

// gbt9704.md §5: the issuer mark's top edge 35 mm below the type area (72 mm from the top);
// §10.3: the same for the minutes mark.
BOOST_AUTO_TEST_CASE(red_mark_top_is_72mm_from_the_paper_top_and_the_red_rule_spans_the_type_area) {
    check_red_header(seed_pdf());
    check_red_header(minutes_pdf());
}

// §8: "— n —" in 4号, 7 mm under the type area; odd pages 1 字 in from the right edge, even
// pages 1 字 in from the left.
BOOST_AUTO_TEST_CASE(page_numbers_read_dash_n_dash_at_the_outer_side_7mm_under_the_type_area) {
    check_page_numbers(seed_pdf());
    check_page_numbers(minutes_pdf());
}

BOOST_AUTO_TEST_CASE(qr_code_decodes_to_the_url_and_the_link_carries_it) {
    check_qr_and_link(seed_pdf());
    check_qr_and_link(minutes_pdf());
}

BOOST_AUTO_TEST_CASE(pdfinfo_shows_title_author_and_published_date) {
    const CommandResult seed = run("pdfinfo " + shell_quote(seed_pdf().pdf));
    BOOST_REQUIRE(seed.exit_code == 0);
    BOOST_TEST(info_line(seed.out, "Title").rfind("马文才组织召开赫山区人民政府第一次全体会议", 0) == 0u);
    BOOST_TEST(info_line(seed.out, "Author") == "肖帅");
    BOOST_TEST(info_line(seed.out, "CreationDate") == "Sat Feb  4 12:37:00 2023 UTC");  // 20:37 +08:00

    const CommandResult minutes = run("pdfinfo -rawdates " + shell_quote(minutes_pdf().pdf));
    BOOST_REQUIRE(minutes.exit_code == 0);
    BOOST_TEST(info_line(minutes.out, "Title") == minutes_meta("title"));
    BOOST_TEST(info_line(minutes.out, "Author") == minutes_meta("issuer"));
    // <published>2023-02-03</published>: a date without a time, as D:YYYYMMDD…
    std::string published = minutes_meta("published");
    published.erase(std::remove(published.begin(), published.end(), '-'), published.end());
    BOOST_TEST(info_line(minutes.out, "CreationDate").rfind("D:" + published, 0) == 0u,
               "CreationDate " << info_line(minutes.out, "CreationDate"));
}

BOOST_AUTO_TEST_CASE(xmp_holds_title_source_and_url) {
    BOOST_TEST(xmp_text(seed_pdf().pdf, "dc:title").rfind("马文才组织召开赫山区人民政府第一次全体会议", 0) == 0u);
    BOOST_TEST(xmp_text(seed_pdf().pdf, "dc:source") == "区政府办");  // 信息来源:区政府办
    BOOST_TEST(xmp_text(seed_pdf().pdf, "dc:identifier") == k_seed_url);

    BOOST_TEST(xmp_text(minutes_pdf().pdf, "dc:title") == minutes_meta("title"));
    BOOST_TEST(xmp_text(minutes_pdf().pdf, "dc:source") == minutes_meta("source"));
    BOOST_TEST(xmp_text(minutes_pdf().pdf, "dc:identifier") == minutes_meta("url"));
}

// §3, §10.3: headings 一、 in 黑体 and （一） in 楷体, the attendance labels in 黑体.
BOOST_AUTO_TEST_CASE(minutes_embed_fandol_hei_and_kai_subsets) {
    const CommandResult r = run("pdffonts " + shell_quote(minutes_pdf().pdf));
    BOOST_REQUIRE(r.exit_code == 0);
    for (const char* face : {"FandolHei", "FandolKai"}) {
        // "ABCDEF+FandolHei-Regular-Identity-H  CID Type 0C  Identity-H  yes yes yes"
        const std::regex row(std::string(R"((^|\n)[A-Z]{6}\+)") + face + R"([^\n]*\syes\s+yes\s+yes\s)");
        BOOST_TEST(std::regex_search(r.out, row), face << " is not an embedded subset:\n" << r.out);
    }
}

// §10.3 attendance, §7 版记 (抄送, 印发 line with the print date).
BOOST_AUTO_TEST_CASE(minutes_text_has_attendance_cc_and_print_line) {
    const CommandResult r = run("pdftotext -enc UTF-8 " + shell_quote(minutes_pdf().pdf) + " -");
    BOOST_REQUIRE(r.exit_code == 0);
    for (const char* s : {"出席：", "请假：", "列席：", "抄送：", "2023年2月5日印发"}) {
        BOOST_TEST(r.out.find(s) != std::string::npos, "pdftotext lacks " << s);
    }
}

// A QR code or link must never carry a script or a local file: the input fails, reported on
// one line that names the file and the URL, and nothing is written.
BOOST_AUTO_TEST_CASE(javascript_and_file_urls_fail_with_one_error_line_and_no_pdf) {
    require_tools();
    for (const std::string url : {"javascript:alert(1)", "file:///etc/passwd"}) {
        BOOST_TEST_CONTEXT("--url " << url) {
            TempDir d;
            const fs::path out = d.path() / "out";
            const CommandResult r = convert("--url " + shell_quote(url), seed_input(), out);
            BOOST_TEST(r.exit_code == 1);
            std::string err = r.err;
            while (!err.empty() && err.back() == '\n') {
                err.pop_back();
            }
            BOOST_TEST(!err.empty());
            BOOST_TEST(err.find('\n') == std::string::npos, "more than one error line:\n" << r.err);
            BOOST_TEST(err.find(seed_input().string()) != std::string::npos, "the error does not name the file: " << err);
            BOOST_TEST(err.find(url) != std::string::npos, "the error does not name the URL: " << err);
            const std::set<std::string> left = files_under(out);
            BOOST_TEST(left.empty(), "left behind: " << (left.empty() ? "" : *left.begin()));
        }
    }
}

BOOST_AUTO_TEST_CASE(without_a_url_there_is_no_qr_code_and_no_link) {
    OfficialPdf doc(std::string("--issuer ") + k_seed_issuer, seed_input(), "");
    const auto codes = decoded_qr_codes(doc);
    BOOST_TEST(codes.empty(), "a QR code decodes to " << (codes.empty() ? "" : codes.front().second));
    const std::vector<std::string> urls = link_urls(doc.pdf);
    BOOST_TEST(urls.empty(), "pdfinfo -url lists " << (urls.empty() ? "" : urls.front()));
}

BOOST_AUTO_TEST_CASE(a_missing_url_is_noted_in_the_run_summary) {
    TempDir d;
    const CommandResult r = run("HSDOC_DATA_DIR=" + shell_quote(source_dir().string()) + " " +
                                shell_quote(hsdoc_binary().string()) + " convert -o " +
                                shell_quote((d.path() / "out").string()) + " " + shell_quote(seed_input().string()));
    BOOST_TEST(r.exit_code == 0);
    BOOST_TEST(r.err.find("1 document: no URL: no QR code") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_SUITE_END()
