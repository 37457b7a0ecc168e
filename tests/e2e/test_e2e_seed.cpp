// End to end: convert the bundled seed article with the built binary and check the PDF with
// independent readers (qpdf, pdffonts, pdftotext, pdfinfo, MuPDF's glyph positions).
#include "support.hpp"
#include "util/utf8.hpp"

#include <regex>

namespace fs = std::filesystem;
using namespace hsdoc::test;

namespace {

const char* k_seed = "000_d03afc9d16656354";

bool is_han(char32_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || c >= 0x20000; }

std::u32string han_only(const std::string& utf8) {
    std::u32string out;
    for (char32_t c : hsdoc::utf8::to_u32(utf8)) {
        if (is_han(c)) {
            out += c;
        }
    }
    return out;
}

// Converts inputs/ once for all test cases of this file.
struct SeedPdf {
    TempDir dir;
    fs::path pdf;
    SeedPdf() {
        for (const char* tool : {"qpdf", "pdffonts", "pdftotext", "pdfinfo"}) {
            require_tool(tool);
        }
        const CommandResult r = run("HSDOC_DATA_DIR=" + shell_quote(source_dir()) + " " + shell_quote(hsdoc_binary()) +
                                    " convert -q -o " + shell_quote(dir.path()) + " " +
                                    shell_quote(source_dir() / "inputs" / (std::string(k_seed) + ".txt")));
        BOOST_REQUIRE_MESSAGE(r.exit_code == 0, "hsdoc convert failed: " << r.err);
        pdf = dir.path() / (std::string(k_seed) + ".pdf");
        BOOST_REQUIRE(fs::exists(pdf));
    }
};

SeedPdf& seed() {
    static SeedPdf s;
    return s;
}

// The title and the body of the seed as the page has them: the title is line 3, the body
// runs from after the metadata line to the share prompt.
void seed_text(std::string& title, std::string& body) {
    std::istringstream in(read_file(source_dir() / "inputs" / (std::string(k_seed) + ".txt")));
    std::string line;
    int n = 0;
    bool in_body = false;
    while (std::getline(in, line)) {
        ++n;
        if (n == 3) {
            title = line;
        } else if (line.rfind("发布时间", 0) == 0) {
            in_body = true;
        } else if (line.find("扫一扫") != std::string::npos) {
            break;
        } else if (in_body) {
            body += line;
        }
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(e2e_seed)

BOOST_AUTO_TEST_CASE(seed_pdf_passes_qpdf_check) {
    const CommandResult r = run("qpdf --check " + shell_quote(seed().pdf));
    BOOST_TEST(r.exit_code == 0);
    BOOST_TEST(r.out.find("No syntax or stream encoding errors") != std::string::npos);
    BOOST_TEST(r.err.empty(), "qpdf warnings: " << r.err);
}

BOOST_AUTO_TEST_CASE(every_font_is_an_embedded_subset_cid_font_with_tounicode) {
    const CommandResult r = run("pdffonts " + shell_quote(seed().pdf));
    BOOST_REQUIRE(r.exit_code == 0);
    std::istringstream rows(r.out);
    std::string row;
    int fonts = 0;
    std::getline(rows, row);
    std::getline(rows, row);
    const std::regex font_row(R"(^([A-Z]{6})\+\S+\s+CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes\s)");
    while (std::getline(rows, row)) {
        ++fonts;
        BOOST_TEST(std::regex_search(row, font_row), "not an embedded CID subset with ToUnicode: " << row);
    }
    BOOST_TEST(fonts >= 2);  // FangSong body, Song title and page numbers
}

BOOST_AUTO_TEST_CASE(pdftotext_gives_back_title_and_body_characters_in_order) {
    const CommandResult r = run("pdftotext -enc UTF-8 " + shell_quote(seed().pdf) + " -");
    BOOST_REQUIRE(r.exit_code == 0);
    std::string title;
    std::string body;
    seed_text(title, body);
    const std::u32string text = han_only(r.out);
    const std::u32string want_title = han_only(title);
    const std::u32string want_body = han_only(body);
    BOOST_TEST(want_body.size() > 1500u);
    BOOST_TEST((text.compare(0, want_title.size(), want_title) == 0), "title characters differ");
    const std::size_t at = text.find(want_body);
    BOOST_TEST(at != std::u32string::npos, "body characters are missing or out of order");
    BOOST_TEST(text.size() - at - want_body.size() == 0u, "text after the body");
}

BOOST_AUTO_TEST_CASE(pdfinfo_shows_a4_pages_title_author_and_published_date) {
    const CommandResult r = run("pdfinfo " + shell_quote(seed().pdf));
    BOOST_REQUIRE(r.exit_code == 0);
    BOOST_TEST(r.out.find("Page size:       595.276 x 841.89 pts (A4)") != std::string::npos);
    BOOST_TEST(r.out.find("Title:           马文才组织召开赫山区人民政府第一次全体会议") != std::string::npos);
    BOOST_TEST(r.out.find("Author:          肖帅") != std::string::npos);
    BOOST_TEST(r.out.find("CreationDate:    Sat Feb  4 12:37:00 2023 UTC") != std::string::npos);  // 20:37 +08:00
    BOOST_TEST(r.out.find("Metadata Stream: yes") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(two_conversions_give_identical_bytes) {
    TempDir other;
    const CommandResult r = run("TZ=America/New_York HSDOC_DATA_DIR=" + shell_quote(source_dir()) + " " +
                                shell_quote(hsdoc_binary()) + " convert -q -o " + shell_quote(other.path()) + " " +
                                shell_quote(source_dir() / "inputs" / (std::string(k_seed) + ".txt")));
    BOOST_REQUIRE(r.exit_code == 0);
    BOOST_TEST(read_file(seed().pdf) == read_file(other.path() / (std::string(k_seed) + ".pdf")),
               "the second run's PDF differs");
}

// The grid itself (left edge, 22 lines at 29.61 pt, cells, line-breaking rules) is measured
// by test_e2e_grid.cpp, for the seed and the corpus.

BOOST_AUTO_TEST_SUITE_END()
