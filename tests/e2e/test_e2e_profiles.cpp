// Output profiles (issue: archive and print profiles, reproducible bytes).
//
// No PDF/A validator is installable here, so each PDF/A-2 rule hsdoc relies on is checked
// by its own test case, with qpdf, poppler and MuPDF reading the file (docs/pdfa.md lists
// the rules, the clauses of ISO 19005-2 and how each is checked).
#include "support.hpp"

#include <chrono>
#include <cmath>
#include <regex>
#include <thread>

namespace fs = std::filesystem;
using namespace hsdoc::test;

namespace {

const char* k_seed = "inputs/000_d03afc9d16656354.txt";

fs::path convert(const fs::path& dir, const std::string& options, const std::string& env = "") {
    const CommandResult r = run(env + " HSDOC_DATA_DIR=" + shell_quote(source_dir().string()) + " " +
                                shell_quote(hsdoc_binary().string()) + " convert -q " + options + " -o " +
                                shell_quote(dir.string()) + " " + shell_quote((source_dir() / k_seed).string()));
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, "hsdoc failed: " << r.err);
    return dir / "000_d03afc9d16656354.pdf";
}

// The file with every object and stream uncompressed and readable (qpdf's QDF form).
std::string qdf(const fs::path& pdf) {
    require_tool("qpdf");
    TempDir d;
    const CommandResult r = run("qpdf --qdf --object-streams=disable " + shell_quote(pdf.string()) + " " +
                                shell_quote((d.path() / "q.pdf").string()));
    BOOST_REQUIRE(r.exit_code == 0);
    return read_file(d.path() / "q.pdf");
}

struct Archive {
    TempDir dir;
    fs::path pdf;
    std::string raw;
    std::string expanded;
    Archive() {
        pdf = convert(dir.path(), "--profile archive --issuer 赫山区人民政府 --url https://www.hsq.gov.cn/");
        raw = read_file(pdf);
        expanded = qdf(pdf);
    }
};

Archive& archive() {
    static Archive a;
    return a;
}

std::string info_field(const std::string& info, const std::string& key) {
    std::smatch m;
    const std::regex re("(^|\n)" + key + ": *([^\n]*)");
    return std::regex_search(info, m, re) ? m[2].str() : std::string();
}

std::string xmp_value(const std::string& xmp, const std::string& element) {
    std::smatch m;
    const std::regex re("<" + element + ">(?:\\s*<rdf:(?:Alt|Seq|Bag)>\\s*<rdf:li[^>]*>)?([^<]*)<");
    return std::regex_search(xmp, m, re) ? m[1].str() : std::string();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(e2e_profiles)

BOOST_AUTO_TEST_CASE(archive_passes_qpdf_check_cleanly) {
    const CommandResult r = run("qpdf --check " + shell_quote(archive().pdf.string()));
    BOOST_TEST(r.exit_code == 0);
    BOOST_TEST(r.err.empty(), r.err);
}

BOOST_AUTO_TEST_CASE(pdfa_6_1_2_header_has_a_binary_comment) {
    const std::string& s = archive().raw;
    BOOST_TEST(s.compare(0, 9, "%PDF-1.7\n") == 0);
    BOOST_REQUIRE(s.size() > 15 && s[9] == '%');
    for (int i = 10; i < 14; ++i) {
        BOOST_TEST(static_cast<unsigned char>(s[static_cast<std::size_t>(i)]) > 127);
    }
}

BOOST_AUTO_TEST_CASE(pdfa_6_1_3_trailer_has_an_id_and_no_encryption) {
    const std::string& s = archive().raw;
    BOOST_TEST(std::regex_search(s, std::regex(R"(trailer\s*<<[^>]*/ID\s*\[<[0-9A-F]{32}><[0-9A-F]{32}>\])")));
    BOOST_TEST(s.find("/Encrypt") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(pdfa_6_1_7_no_lzw_and_no_external_streams) {
    const std::string& q = archive().expanded;
    BOOST_TEST(q.find("/LZWDecode") == std::string::npos);
    BOOST_TEST(q.find("/FFilter") == std::string::npos);
    BOOST_TEST(!std::regex_search(q, std::regex(R"(/F\s*\()")));  // a stream's external file
}

BOOST_AUTO_TEST_CASE(pdfa_6_2_3_output_intent_is_gts_pdfa1_with_an_rgb_icc_profile) {
    require_tool("mutool");
    const CommandResult r = run("mutool show " + shell_quote(archive().pdf.string()) + " trailer/Root/OutputIntents/1");
    BOOST_REQUIRE(r.exit_code == 0);
    BOOST_TEST(r.out.find("/S /GTS_PDFA1") != std::string::npos, r.out);
    BOOST_TEST(r.out.find("/DestOutputProfile") != std::string::npos);
    const CommandResult p =
        run("mutool show -b " + shell_quote(archive().pdf.string()) + " trailer/Root/OutputIntents/1/DestOutputProfile");
    BOOST_REQUIRE(p.out.size() > 128u);
    BOOST_TEST(p.out.substr(36, 4) == "acsp");  // an ICC profile …
    BOOST_TEST(p.out.substr(16, 4) == "RGB ");  // … of an RGB space
    const CommandResult n =
        run("mutool show " + shell_quote(archive().pdf.string()) + " trailer/Root/OutputIntents/1/DestOutputProfile");
    BOOST_TEST(n.out.find("/N 3") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(pdfa_6_2_4_colours_are_rgb_like_the_output_intent) {
    const std::string& q = archive().expanded;
    BOOST_TEST(std::regex_search(q, std::regex(R"(\brg\n)")));
    BOOST_TEST(!std::regex_search(q, std::regex(R"( [kK]\n)")), "DeviceCMYK in an sRGB archive file");
}

BOOST_AUTO_TEST_CASE(pdfa_6_2_11_every_font_embedded_with_tounicode) {
    require_tool("pdffonts");
    const CommandResult r = run("pdffonts " + shell_quote(archive().pdf.string()));
    std::istringstream rows(r.out);
    std::string row;
    std::getline(rows, row);
    std::getline(rows, row);
    int fonts = 0;
    while (std::getline(rows, row)) {
        ++fonts;
        BOOST_TEST(std::regex_search(row, std::regex(R"(yes\s+yes\s+yes\s+\d+\s+\d+$)")), row);
    }
    BOOST_TEST(fonts >= 3);
}

BOOST_AUTO_TEST_CASE(pdfa_6_4_no_transparency) {
    const std::string& q = archive().expanded;
    for (const char* key : {"/SMask", "/CA ", "/ca ", "/BM ", "/S /Transparency"}) {
        BOOST_TEST(q.find(key) == std::string::npos, key);
    }
}

BOOST_AUTO_TEST_CASE(pdfa_6_3_2_annotations_print_and_have_no_actions_beyond_uri) {
    const std::string& q = archive().expanded;
    const std::regex annot(R"(/Subtype /Link)");
    BOOST_TEST(std::distance(std::sregex_iterator(q.begin(), q.end(), annot), std::sregex_iterator()) == 1);
    BOOST_TEST(q.find("/F 4\n") != std::string::npos);
    BOOST_TEST(q.find("/AA") == std::string::npos);
    BOOST_TEST(q.find("/S /URI") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(pdfa_6_5_1_no_javascript_launch_or_embedded_files) {
    const std::string& q = archive().expanded;
    for (const char* key : {"/JavaScript", "/JS", "/Launch", "/EmbeddedFiles", "/Subtype /PS", "/OPI"}) {
        BOOST_TEST(q.find(key) == std::string::npos, key);
    }
}

BOOST_AUTO_TEST_CASE(pdfa_6_6_2_xmp_identifies_pdfa_2a_and_pdfua_1_and_describes_their_schemas) {
    require_tool("pdfinfo");
    const std::string xmp = run("pdfinfo -meta " + shell_quote(archive().pdf.string())).out;
    BOOST_TEST(xmp_value(xmp, "pdfaid:part") == "2");
    BOOST_TEST(xmp_value(xmp, "pdfaid:conformance") == "A");
    BOOST_TEST(xmp_value(xmp, "pdfuaid:part") == "1");
    BOOST_TEST(xmp.find("<pdfaSchema:namespaceURI>urn:hsdoc:xmp:1/</pdfaSchema:namespaceURI>") != std::string::npos);
    BOOST_TEST(xmp.find("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>") !=
               std::string::npos);
    BOOST_TEST(xmp.find("<hsdoc:issuer>赫山区人民政府</hsdoc:issuer>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(pdfa_6_6_3_info_and_xmp_agree) {
    const std::string info = run("pdfinfo -isodates " + shell_quote(archive().pdf.string())).out;
    const std::string xmp = run("pdfinfo -meta " + shell_quote(archive().pdf.string())).out;
    BOOST_TEST(info_field(info, "Title") == xmp_value(xmp, "dc:title"));
    BOOST_TEST(info_field(info, "Author") == xmp_value(xmp, "dc:creator"));
    BOOST_TEST(info_field(info, "Keywords") == xmp_value(xmp, "pdf:Keywords"));
    BOOST_TEST(info_field(info, "Producer") == xmp_value(xmp, "pdf:Producer"));
    BOOST_TEST(info_field(info, "Creator") == xmp_value(xmp, "xmp:CreatorTool"));
    // pdfinfo prints the zone as +08; XMP as +08:00.
    BOOST_TEST(info_field(info, "CreationDate") + ":00" == xmp_value(xmp, "xmp:CreateDate"));
    BOOST_TEST(info_field(info, "ModDate") + ":00" == xmp_value(xmp, "xmp:ModifyDate"));
    BOOST_TEST(!info_field(info, "Title").empty());
}

BOOST_AUTO_TEST_CASE(print_profile_sets_red_in_cmyk_black_as_k_and_a_trim_box) {
    TempDir d;
    const std::string q = qdf(convert(d.path(), "--profile print --issuer 赫山区人民政府 --url https://www.hsq.gov.cn/"));
    BOOST_TEST(q.find("0 1 1 0 k\n") != std::string::npos, "no CMYK red");
    BOOST_TEST(q.find("0 0 0 1 k\n") != std::string::npos, "no K-only black");
    BOOST_TEST(!std::regex_search(q, std::regex(R"( rg\n)")), "RGB colour in a print file");
    const CommandResult box = run("mutool show " + shell_quote((d.path() / "000_d03afc9d16656354.pdf").string()) +
                                  " pages/1/TrimBox");
    BOOST_TEST(box.exit_code == 0);
    BOOST_TEST(box.out.find("[ 0 0 595.") != std::string::npos, box.out);
}

BOOST_AUTO_TEST_CASE(a_style_with_bleed_gets_a_bleed_box_and_crop_marks_outside_it) {
    TempDir d;
    const fs::path style = d.path() / "bleed.xml";
    write_file(style, "<style name=\"bleed\" extends=\"gbt9704\"><output profile=\"print\" bleed=\"3mm\" "
                      "crop-marks=\"true\"/></style>\n");
    const fs::path pdf = convert(d.path(), "-s " + shell_quote(style.string()));
    auto box = [&](const char* name) {
        const CommandResult r = run("mutool show " + shell_quote(pdf.string()) + " pages/1/" + name);
        std::istringstream in(r.out);
        std::string open;
        double v[4] = {};
        in >> open >> v[0] >> v[1] >> v[2] >> v[3];
        return std::vector<double>(v, v + 4);
    };
    const double mm = 72 / 25.4;
    const std::vector<double> media = box("MediaBox");
    const std::vector<double> bleed = box("BleedBox");
    const std::vector<double> trim = box("TrimBox");
    BOOST_TEST(std::fabs((trim[2] - trim[0]) - 210 * mm) < 0.01);  // the trimmed page is A4
    BOOST_TEST(std::fabs((trim[3] - trim[1]) - 297 * mm) < 0.01);
    BOOST_TEST(std::fabs((trim[0] - bleed[0]) - 3 * mm) < 0.01);   // 3 mm of bleed
    BOOST_TEST(bleed[0] - media[0] > 5 * mm);                       // room for the marks
    const std::string q = qdf(pdf);
    BOOST_TEST(q.find("1 1 1 1 K") != std::string::npos, "no registration-colour crop marks");
}

BOOST_AUTO_TEST_CASE(bytes_do_not_depend_on_time_zone_clock_or_jobs) {
    TempDir a;
    TempDir b;
    const std::string one = read_file(convert(a.path(), "--profile archive -j 1", "TZ=UTC LC_ALL=C"));
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    const std::string two = read_file(convert(b.path(), "--profile archive -j 2", "TZ=Asia/Shanghai LC_ALL=C.UTF-8"));
    BOOST_TEST((one == two), "archive output differs between runs");
    TempDir c;
    const std::string screen = read_file(convert(c.path(), "--profile screen"));
    BOOST_TEST((screen != one), "archive output equals screen output");
}

BOOST_AUTO_TEST_CASE(document_id_comes_from_the_content) {
    // Two documents with the same metadata but different bodies get different /IDs.
    TempDir d;
    const fs::path a = d.path() / "a.txt";
    const fs::path b = d.path() / "b.txt";
    write_file(a, "标题\n发布时间:2023-02-04 20:37 来源:测试\n\n第一段内容。\n");
    write_file(b, "标题\n发布时间:2023-02-04 20:37 来源:测试\n\n第二段内容。\n");
    const CommandResult r = run("HSDOC_DATA_DIR=" + shell_quote(source_dir().string()) + " " +
                                shell_quote(hsdoc_binary().string()) + " convert -q -o " +
                                shell_quote((d.path() / "out").string()) + " " + shell_quote(a.string()) + " " +
                                shell_quote(b.string()));
    BOOST_REQUIRE(r.exit_code == 0);
    const std::regex id(R"(/ID\s*\[<([0-9A-F]{32})>)");
    std::smatch ma;
    std::smatch mb;
    const std::string pa = read_file(d.path() / "out/a.pdf");
    const std::string pb = read_file(d.path() / "out/b.pdf");
    BOOST_REQUIRE(std::regex_search(pa, ma, id));
    BOOST_REQUIRE(std::regex_search(pb, mb, id));
    BOOST_TEST(ma[1].str() != mb[1].str());
}

BOOST_AUTO_TEST_SUITE_END()
