// Hostile and damaged inputs (issue 8): whatever arrives, `hsdoc convert` answers with a
// correct PDF (exit 0, `qpdf --check` clean) or with exit 1, one error line naming the file
// and no file left behind; never a signal, never a hang (each run is bounded by `timeout`
// and must finish within 60 s).
#include "support.hpp"

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using hsdoc::test::run;
using hsdoc::test::shell_quote;
using hsdoc::test::TempDir;
using hsdoc::test::write_file;

namespace {

struct Conversion {
    fs::path input;
    fs::path out_dir;
    hsdoc::test::CommandResult result;
    double seconds = 0;
};

// Converts one input file named `name` holding `bytes` with `hsdoc convert -q`.
Conversion convert(const TempDir& dir, const std::string& name, const std::string& bytes,
                   const std::string& options = {}) {
    Conversion c;
    c.input = dir.path() / "in" / name;
    c.out_dir = dir.path() / "out";
    write_file(c.input, bytes);
    const std::string command =
        "timeout 120 env HSDOC_DATA_DIR=" + shell_quote(hsdoc::test::source_dir().string()) + " " +
        shell_quote(hsdoc::test::hsdoc_binary().string()) + " convert -q -o " +
        shell_quote(c.out_dir.string()) + " " + options + " " + shell_quote(c.input.string());
    const auto start = std::chrono::steady_clock::now();
    c.result = run(command);
    c.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    BOOST_TEST_MESSAGE(name << ": exit " << c.result.exit_code << " in " << c.seconds << " s");
    return c;
}

std::vector<fs::path> files_under(const fs::path& folder) {
    std::vector<fs::path> files;
    if (fs::exists(folder)) {
        for (const auto& e : fs::recursive_directory_iterator(folder)) {
            if (!e.is_directory()) {
                files.push_back(e.path());
            }
        }
    }
    return files;
}

fs::path pdf_of(const Conversion& c) {
    return c.out_dir / fs::path(c.input.filename()).replace_extension(".pdf");
}

void check_bounded(const Conversion& c) {
    BOOST_TEST(c.result.exit_code < 124, "killed or timed out: exit " << c.result.exit_code);
    BOOST_TEST(c.seconds < 60.0, c.input.filename() << " took " << c.seconds << " s");
}

// Exit 0, exactly the one PDF in the output folder, and qpdf finds nothing wrong with it.
void expect_pdf(const Conversion& c) {
    check_bounded(c);
    BOOST_TEST(c.result.exit_code == 0, c.result.err);
    const fs::path pdf = pdf_of(c);
    const std::vector<fs::path> files = files_under(c.out_dir);
    BOOST_TEST(files.size() == 1u);
    BOOST_REQUIRE_MESSAGE(fs::exists(pdf), "no " << pdf);
    const auto check = run("qpdf --check " + shell_quote(pdf.string()));
    BOOST_TEST(check.exit_code == 0, check.out << check.err);
}

// Exit 1, one line on standard error starting with the input's path and holding `what`,
// and nothing in the output folder (no PDF, no temporary).
void expect_error(const Conversion& c, const std::string& what) {
    check_bounded(c);
    BOOST_TEST(c.result.exit_code == 1, c.result.err);
    const std::string& err = c.result.err;
    BOOST_TEST(err.rfind(c.input.string() + ":", 0) == 0u, err);
    BOOST_TEST((!err.empty() && err.find('\n') == err.size() - 1), "not one line: " << err);
    BOOST_TEST(err.find(what) != std::string::npos, "expected \"" << what << "\" in " << err);
    BOOST_TEST(files_under(c.out_dir).empty());
    BOOST_TEST(files_under(c.input.parent_path()).size() == 1u);
}

// Either answer is correct for damaged bytes that may still decode (a GB18030 reading of
// UTF-8 cut mid-character); both must be complete.
void expect_pdf_or_error(const Conversion& c) {
    if (c.result.exit_code == 0) {
        expect_pdf(c);
    } else {
        expect_error(c, "");
    }
}

std::string pdf_text(const Conversion& c) {
    const auto r = run("pdftotext -enc UTF-8 " + shell_quote(pdf_of(c).string()) + " -");
    BOOST_TEST(r.exit_code == 0, r.err);
    return r.out;
}

std::string repeat(const std::string& s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) {
        out += s;
    }
    return out;
}

const std::string k_head = "关于加强安全生产工作的通知\n发布时间：2023-02-04 来源：区政府办\n";
const std::string k_body = "各镇人民政府、街道办事处，区政府各部门：为进一步做好安全生产工作，现就有关事项通知如下。\n";

std::string report(const std::string& meta_extra, const std::string& body,
                   const std::string& decl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") {
    return decl + "<report xmlns=\"urn:hsdoc:report:1\" xml:lang=\"zh-CN\">\n<meta><title>会议纪要</title>" +
           meta_extra + "</meta>\n<body>" + body + "</body>\n</report>\n";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(e2e_hostile)

BOOST_AUTO_TEST_CASE(tools_are_installed) {
    hsdoc::test::require_tool("qpdf");
    hsdoc::test::require_tool("pdftotext");
    hsdoc::test::require_tool("timeout");
}

// ---- hostile text -------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(bytes_valid_in_no_encoding_are_an_error_with_the_offset) {
    TempDir dir;
    expect_error(convert(dir, "broken.txt", k_head + "正文\xFF\xFE\xFF 内容\n"), "byte offset");
}

BOOST_AUTO_TEST_CASE(utf8_cut_mid_character_is_a_pdf_or_an_error) {
    TempDir dir;
    const std::string whole = k_head + k_body;
    expect_pdf_or_error(convert(dir, "cut.txt", whole.substr(0, whole.size() - 2)));
}

BOOST_AUTO_TEST_CASE(nul_bytes_are_an_error) {
    TempDir dir;
    expect_error(convert(dir, "nul.txt", k_head + std::string("正文\0内容\n", 14)), "NUL byte");
}

BOOST_AUTO_TEST_CASE(control_characters_never_reach_the_pdf) {
    TempDir dir;
    const Conversion c =
        convert(dir, "controls.txt", k_head + "各部门\x01\x07\x1B\x7F：\xC2\x85通知\x0B如下。\n" + k_body);
    expect_pdf(c);
    for (const char ch : pdf_text(c)) {
        const auto u = static_cast<unsigned char>(ch);
        BOOST_TEST((u >= 0x20 || ch == '\n' || ch == '\f' || ch == '\t'), "control " << int(u));
    }
}

BOOST_AUTO_TEST_CASE(bidi_zero_width_and_soft_hyphens_are_dropped) {
    TempDir dir;
    const std::string invisible = "\u202E\u2066\u200B\u200D\u2060\u00AD\uFEFF\u200F";
    const Conversion c = convert(dir, "invisible.txt", k_head + "各部门" + invisible + "通知如下。\n" + k_body);
    expect_pdf(c);
    const std::string text = pdf_text(c);
    for (const char* bad : {"\u202E", "\u2066", "\u200B", "\u200D", "\u2060", "\u00AD", "\uFEFF", "\u200F"}) {
        BOOST_TEST(text.find(bad) == std::string::npos);
    }
    BOOST_TEST(text.find("各部门通知如下") != std::string::npos, text);
}

BOOST_AUTO_TEST_CASE(emoji_is_an_error_naming_the_code_point) {
    TempDir dir;
    expect_error(convert(dir, "emoji.txt", k_head + "欢迎参加\U0001F600会议。\n" + k_body), "U+1F600");
}

BOOST_AUTO_TEST_CASE(private_use_characters_are_an_error_naming_the_code_point) {
    TempDir dir;
    expect_error(convert(dir, "pua.txt", k_head + "欢迎参加\uE000会议。\n" + k_body), "U+E000");
}

BOOST_AUTO_TEST_CASE(a_paragraph_of_60000_characters_converts) {
    TempDir dir;
    expect_pdf(convert(dir, "long-paragraph.txt",
                       k_head + repeat("为进一步做好安全生产工作，现就有关事项通知如下。", 2500) + "\n"));
}

BOOST_AUTO_TEST_CASE(a_latin_token_of_5000_letters_is_broken_somewhere) {
    TempDir dir;
    const Conversion c = convert(dir, "long-token.txt", k_head + "网址" + repeat("abcdefghij", 500) + "结束。\n");
    expect_pdf(c);
    // Every letter is set, on lines no longer than the type area holds (66 or 67 letters
    // of Nimbus Roman at 16 pt), so nothing runs off the page.
    std::size_t letters = 0;
    std::size_t longest = 0;
    std::size_t run = 0;
    for (const char ch : pdf_text(c)) {
        const bool letter = ch >= 'a' && ch <= 'j';
        letters += letter ? 1 : 0;
        run = letter ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    BOOST_TEST(letters == 5000u);
    BOOST_TEST(longest < 80u);
}

// The proportional style tries push-in at every line end; it used to scan the rest of an
// unbreakable token each time (quadratic: 56 s for this input).
BOOST_AUTO_TEST_CASE(a_token_of_199000_letters_in_a_proportional_style_is_fast) {
    TempDir dir;
    const Conversion c = convert(dir, "huge-token.txt", k_head + std::string(199000, 'x') + "\n", "-s article");
    expect_pdf(c);
    BOOST_TEST(c.seconds < 20.0);
}

BOOST_AUTO_TEST_CASE(an_article_of_one_megabyte_converts_in_seconds) {
    TempDir dir;
    std::string body;
    for (int i = 0; body.size() < (1u << 20); ++i) {
        body += "　　（" + std::to_string(i) + "）" + k_body;
    }
    const Conversion c = convert(dir, "big.txt", k_head + body);
    expect_pdf(c);
    BOOST_TEST(c.seconds < 30.0);
}

// ---- limits -------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(input_over_the_size_limit_is_refused_and_the_option_named) {
    TempDir dir;
    const Conversion c = convert(dir, "size.txt", k_head + repeat(k_body, 20), "--max-input-bytes 1000");
    expect_error(c, "--max-input-bytes");
}

BOOST_AUTO_TEST_CASE(an_endless_standard_input_stops_at_the_size_limit) {
    TempDir dir;
    const auto start = std::chrono::steady_clock::now();
    const auto r = run("timeout 120 sh -c " +
                       shell_quote("yes 各部门通知如下。 | HSDOC_DATA_DIR=" +
                                   shell_quote(hsdoc::test::source_dir().string()) + " " +
                                   shell_quote(hsdoc::test::hsdoc_binary().string()) + " convert -q -o " +
                                   shell_quote((dir.path() / "out").string()) + " --max-input-bytes 1000000 -"));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    BOOST_TEST(r.exit_code == 1, r.err);
    BOOST_TEST(r.err.rfind("<stdin>: ", 0) == 0u, r.err);
    BOOST_TEST(r.err.find("--max-input-bytes") != std::string::npos, r.err);
    BOOST_TEST(files_under(dir.path() / "out").empty());
    BOOST_TEST(seconds < 60.0);
}

BOOST_AUTO_TEST_CASE(a_line_over_the_paragraph_limit_is_refused) {
    TempDir dir;
    expect_error(convert(dir, "line.txt", k_head + repeat("通知", 600) + "\n", "--max-paragraph-chars 1000"),
                 "--max-paragraph-chars");
}

BOOST_AUTO_TEST_CASE(a_document_over_the_page_limit_is_refused) {
    TempDir dir;
    expect_error(convert(dir, "pages.txt", k_head + repeat(k_body, 200), "--max-pages 2"), "--max-pages");
}

BOOST_AUTO_TEST_CASE(a_document_over_the_glyph_limit_is_refused) {
    TempDir dir;
    expect_error(convert(dir, "glyphs.txt", k_head + repeat(k_body, 50), "--max-glyphs 500"), "--max-glyphs");
}

BOOST_AUTO_TEST_CASE(raising_a_limit_lets_the_input_through) {
    TempDir dir;
    expect_pdf(convert(dir, "raised.txt", k_head + repeat(k_body, 200), "--max-pages 5000"));
}

BOOST_AUTO_TEST_CASE(an_xml_report_over_the_element_limit_is_refused) {
    TempDir dir;
    expect_error(convert(dir, "elements.xml", report("", repeat("<p>内容</p>", 300)), "--max-xml-elements 100"),
                 "--max-xml-elements");
}

// ---- hostile XML --------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(an_entity_expansion_bomb_is_refused_without_expanding) {
    TempDir dir;
    std::string dtd = "<!DOCTYPE report [\n<!ENTITY a0 \"hahahahahahahahahaha\">\n";
    for (int i = 1; i < 10; ++i) {
        dtd += "<!ENTITY a" + std::to_string(i) + " \"" + repeat("&a" + std::to_string(i - 1) + ";", 10) + "\">\n";
    }
    dtd += "]>\n";
    expect_error(convert(dir, "bomb.xml", "<?xml version=\"1.0\"?>\n" + dtd + report("", "<p>&a9;</p>", "")),
                 "DOCTYPE");
}

BOOST_AUTO_TEST_CASE(external_entities_are_never_resolved) {
    TempDir dir;
    const std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE report [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" +
                            report("", "<p>&x;</p>", "");
    const Conversion c = convert(dir, "xxe.xml", xml);
    expect_error(c, "DOCTYPE");
    BOOST_TEST(c.result.err.find("root:") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_undeclared_entity_reference_is_an_error) {
    TempDir dir;
    expect_error(convert(dir, "entity.xml", report("", "<p>&passwd;</p>")), "undefined entity");
}

BOOST_AUTO_TEST_CASE(a_hundred_thousand_nested_elements_are_refused) {
    TempDir dir;
    const Conversion c =
        convert(dir, "deep.xml", report("", "<p>" + repeat("<b>", 100000) + repeat("</b>", 100000) + "</p>"));
    expect_error(c, "--max-xml-depth");
}

BOOST_AUTO_TEST_CASE(nul_bytes_in_xml_are_an_error) {
    TempDir dir;
    expect_error(convert(dir, "nul.xml", report("", std::string("<p>内容\0</p>", 13))), "NUL byte");
}

BOOST_AUTO_TEST_CASE(xml_cut_mid_transfer_is_an_error) {
    TempDir dir;
    const std::string xml = report("", "<p>" + k_body + "</p>");
    expect_error(convert(dir, "cut.xml", xml.substr(0, xml.size() - 15)), "malformed XML");
    // Cut inside a character: undecodable bytes, reported with their offset.
    TempDir dir2;
    const std::size_t mid = xml.find("。") + 1;
    expect_error(convert(dir2, "cut-mid-character.xml", xml.substr(0, mid)), "byte offset");
}

BOOST_AUTO_TEST_CASE(gbk_and_gb18030_declared_xml_converts) {
    for (const char* encoding : {"GBK", "GB18030"}) {
        TempDir dir;
        const std::string utf8 =
            report("", "<p>各部门：现将有关事项通知如下。㐀</p>", std::string("<?xml version=\"1.0\" encoding=\"") +
                                                                   encoding + "\"?>\n");
        const std::string body = std::string(encoding) == "GBK" ? utf8.substr(0, utf8.find("㐀")) +
                                                                     utf8.substr(utf8.find("㐀") + std::string("㐀").size())
                                                               : utf8;
        write_file(dir.path() / "utf8.xml", body);
        const auto conv = run("iconv -f UTF-8 -t " + std::string(encoding) + " " +
                              shell_quote((dir.path() / "utf8.xml").string()));
        BOOST_REQUIRE(conv.exit_code == 0);
        BOOST_REQUIRE(conv.out != body);
        const Conversion c = convert(dir, std::string("report-") + encoding + ".xml", conv.out);
        expect_pdf(c);
        BOOST_TEST(pdf_text(c).find("现将有关事项通知如下") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(xml_of_another_vocabulary_is_not_an_hsdoc_report) {
    TempDir dir;
    expect_error(convert(dir, "page.xml",
                         "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>正文</p>"
                         "</body></html>\n"),
                 "not an hsdoc report");
    TempDir dir2;
    expect_error(convert(dir2, "feed.xml", "<rss version=\"2.0\"><channel><title>新闻</title></channel></rss>\n"),
                 "not an hsdoc report");
}

BOOST_AUTO_TEST_CASE(javascript_and_file_urls_are_refused) {
    for (const char* url : {"javascript:alert(1)", "file:///etc/passwd", "JaVaScRiPt://%0aalert(1)"}) {
        TempDir dir;
        expect_error(convert(dir, "url.xml", report(std::string("<url>") + url + "</url>", "<p>内容。</p>")),
                     "not an http or https address");
    }
    TempDir dir;
    expect_error(convert(dir, "url-option.txt", k_head + k_body, "--url 'javascript:alert(1)'"),
                 "not an http or https address");
}

// ---- file names ---------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(names_with_spaces_cjk_and_parentheses_give_matching_pdf_names) {
    for (const char* name : {"会议 纪要 (2023).txt", "通知（第 5 期）.xml", "it's [draft] & more.txt"}) {
        TempDir dir;
        const bool xml = std::string(name).find(".xml") != std::string::npos;
        const Conversion c = convert(dir, name, xml ? report("", "<p>内容。</p>") : k_head + k_body);
        expect_pdf(c);
        BOOST_TEST(fs::exists(pdf_of(c)), pdf_of(c));
    }
}

// ---- other damaged files ------------------------------------------------------------

BOOST_AUTO_TEST_CASE(empty_and_binary_files_are_errors) {
    TempDir dir;
    expect_error(convert(dir, "empty.txt", ""), "empty input");
    TempDir dir2;
    expect_error(convert(dir2, "image.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)), "");
}

BOOST_AUTO_TEST_SUITE_END()
