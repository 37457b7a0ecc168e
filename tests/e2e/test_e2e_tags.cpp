// Tagged PDF (ISO 32000-1 §14.7–14.8, PDF/UA-1), read back with independent readers: qpdf's
// JSON for the catalog, the structure elements and the annotations; poppler's
// `pdfinfo -struct-text` for the tree's roles and text in order; the content streams (qpdf
// QDF) for marked content around every painting operator.
#include "support.hpp"

#include <nlohmann/json.hpp>

#include <regex>
#include <sstream>

namespace fs = std::filesystem;
using namespace hsdoc::test;
using Json = nlohmann::json;

namespace {

struct Tagged {
    Json objects;                    // qpdf --json=2's objects, "obj:N 0 R" → value
    std::vector<std::string> roles;  // pdfinfo -struct-text: element roles in tree order
    std::string struct_text;         // the tree's text in order, whitespace removed
    std::string page_text;           // pdftotext -raw, whitespace and page numbers removed
    std::vector<std::string> contents;  // each page's content stream
};

std::string squeeze(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c != ' ' && c != '\n' && c != '\t' && c != '\f' && c != '\r') {
            out += c;
        }
    }
    for (const char* space : {"\u3000", "\u00a0", "\u2002"}) {
        for (std::size_t p = out.find(space); p != std::string::npos; p = out.find(space)) {
            out.erase(p, std::string(space).size());
        }
    }
    return out;
}

Tagged read_tagged(const fs::path& pdf) {
    require_tool("qpdf");
    require_tool("pdfinfo");
    Tagged t;
    const CommandResult json = run("qpdf --json=2 --json-key=qpdf " + shell_quote(pdf.string()));
    BOOST_REQUIRE_MESSAGE(json.exit_code == 0, json.err);
    t.objects = Json::parse(json.out).at("qpdf").at(1);
    const CommandResult st = run("pdfinfo -struct-text " + shell_quote(pdf.string()));
    BOOST_REQUIRE_MESSAGE(st.exit_code == 0, st.err);
    std::istringstream in(st.out);
    std::string line;
    const std::regex role("^ *([A-Za-z][A-Za-z0-9]*)( |:|$).*");
    while (std::getline(in, line)) {
        const std::size_t q = line.find('"');
        std::smatch m;
        if (q != std::string::npos && line.find_first_not_of(' ') == q) {
            t.struct_text += line.substr(q + 1, line.rfind('"') - q - 1);
        } else if (std::regex_match(line, m, role)) {
            t.roles.push_back(m[1]);
        }
    }
    t.struct_text = squeeze(t.struct_text);
    const CommandResult text = run("pdftotext -raw -enc UTF-8 " + shell_quote(pdf.string()) + " -");
    t.page_text = std::regex_replace(squeeze(text.out), std::regex("—\\d+—"), "");
    TempDir d;
    const fs::path qdf = d.path() / "q.pdf";
    run("qpdf --qdf --object-streams=disable " + shell_quote(pdf.string()) + " " + shell_quote(qdf.string()));
    const std::string q = read_file(qdf);
    for (std::size_t at = q.find("%% Contents for page"); at != std::string::npos;
         at = q.find("%% Contents for page", at + 1)) {
        const std::size_t begin = q.find("stream\n", at) + 7;
        t.contents.push_back(q.substr(begin, q.find("endstream", begin) - begin));
    }
    return t;
}

const Json* catalog(const Tagged& t) {
    for (const auto& [key, obj] : t.objects.items()) {
        const Json& v = obj.contains("value") ? obj["value"] : obj;
        if (v.is_object() && v.value("/Type", "") == "/Catalog") {
            return &v;
        }
    }
    return nullptr;
}

std::vector<Json> struct_elems(const Tagged& t, const std::string& type) {
    std::vector<Json> out;
    for (const auto& [key, obj] : t.objects.items()) {
        const Json& v = obj.contains("value") ? obj["value"] : obj;
        if (v.is_object() && v.value("/Type", "") == "/StructElem" && v.value("/S", "") == type) {
            out.push_back(v);
        }
    }
    return out;
}

fs::path convert(const TempDir& d, const fs::path& input, const std::string& options) {
    static int n = 0;
    const fs::path pdf = d.path() / ("t" + std::to_string(++n) + ".pdf");
    const CommandResult r = run("HSDOC_DATA_DIR=" + shell_quote(source_dir().string()) + " " + hsdoc_command() +
                                " convert -q " + options + " -o - " + shell_quote(input.string()) + " > " +
                                shell_quote(pdf.string()));
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    return pdf;
}

// Everything a tagged PDF of ours must hold, whatever the document.
void check_tagged(const fs::path& pdf, const std::string& lang = "zh-CN") {
    const Tagged t = read_tagged(pdf);
    const Json* cat = catalog(t);
    BOOST_REQUIRE(cat != nullptr);
    BOOST_TEST(cat->at("/MarkInfo").at("/Marked").get<bool>());
    BOOST_TEST(cat->at("/Lang").get<std::string>() == "u:" + lang);
    BOOST_TEST(cat->at("/ViewerPreferences").at("/DisplayDocTitle").get<bool>());
    BOOST_TEST(cat->contains("/StructTreeRoot"));
    BOOST_TEST(!cat->contains("/RoleMap"));

    // The tree's text is the document's text in reading order: what the pages show less the
    // page numbers and the issuer mark at the top of page 1, which are artifacts.
    BOOST_TEST(!t.struct_text.empty());
    BOOST_TEST(t.struct_text.find("—1—") == std::string::npos);
    const std::size_t start = t.page_text.find(t.struct_text.substr(0, 24));
    BOOST_REQUIRE(start != std::string::npos);
    BOOST_TEST(start <= 60u, "more than an issuer mark before the tagged text");
    BOOST_TEST((t.page_text.substr(start) == t.struct_text), "the structure's text is not the pages' text");

    // Headings: no level skipped, starting from the title's H1.
    int last = 0;
    for (const std::string& r : t.roles) {
        if (r.size() == 2 && r[0] == 'H' && r[1] >= '1' && r[1] <= '6') {
            const int level = r[1] - '0';
            BOOST_TEST(level <= last + 1, r << " after H" << last);
            last = level;
        }
    }
    BOOST_TEST(t.roles.front() == "Document");

    // Every painting operator is inside marked content: an element's or an artifact's.
    const std::regex paints("(^| )(re f|f|S|TJ|Tj)$");
    for (std::size_t p = 0; p < t.contents.size(); ++p) {
        std::istringstream in(t.contents[p]);
        std::string line;
        int depth = 0;
        int outside = 0;
        while (std::getline(in, line)) {
            if (line.size() >= 3 && line.compare(line.size() - 3, 3, "BDC") == 0) {
                ++depth;
            } else if (line == "EMC") {
                --depth;
            } else if (depth == 0 && std::regex_search(line, paints)) {
                ++outside;
            }
        }
        BOOST_TEST(depth == 0);
        BOOST_TEST(outside == 0, outside << " painting operators outside marked content on page " << p + 1);
    }

    // A QR code is a Figure with its alternate text and box; its link a Link element whose
    // annotation has /Contents and whose page has /Tabs /S.
    for (const Json& fig : struct_elems(t, "/Figure")) {
        BOOST_TEST(fig.at("/Alt").get<std::string>().find("二维码：http") != std::string::npos);
        BOOST_TEST(fig.at("/A").at("/BBox").size() == 4u);
    }
    for (const auto& [key, obj] : t.objects.items()) {
        const Json& v = obj.contains("value") ? obj["value"] : obj;
        if (v.is_object() && v.value("/Subtype", "") == "/Link") {
            BOOST_TEST(v.contains("/StructParent"));
            BOOST_TEST(v.at("/Contents").get<std::string>().find("http") != std::string::npos);
        }
        if (v.is_object() && v.value("/Type", "") == "/Page" && v.contains("/Annots")) {
            BOOST_TEST(v.at("/Tabs").get<std::string>() == "/S");
        }
    }
    BOOST_TEST(struct_elems(t, "/Link").size() == struct_elems(t, "/Figure").size());

    // Opens cleanly everywhere: qpdf, MuPDF and Ghostscript.
    require_tool("gs");
    require_tool("mutool");
    const CommandResult check = run("qpdf --check " + shell_quote(pdf.string()));
    BOOST_TEST(check.exit_code == 0, check.out);
    const CommandResult gs = run("gs -q -dNOPAUSE -dBATCH -sDEVICE=nullpage " + shell_quote(pdf.string()));
    BOOST_TEST((gs.exit_code == 0 && gs.out.empty() && gs.err.empty()), gs.out << gs.err);
    const CommandResult mu = run("mutool draw -q -o /dev/null -F stext " + shell_quote(pdf.string()));
    BOOST_TEST((mu.exit_code == 0 && mu.err.find("error") == std::string::npos), mu.err);
}

fs::path seed() { return source_dir() / "inputs/000_d03afc9d16656354.txt"; }

}  // namespace

BOOST_AUTO_TEST_SUITE(e2e_tags)

BOOST_AUTO_TEST_CASE(every_style_and_profile_is_tagged) {
    TempDir d;
    for (const char* style : {"gbt9704", "article", "minutes"}) {
        for (const char* profile : {"screen", "archive", "print"}) {
            BOOST_TEST_CONTEXT(style << " " << profile) {
                check_tagged(convert(d, seed(),
                                     std::string("--style ") + style + " --profile " + profile +
                                         " --issuer 赫山区人民政府 --url https://www.hsq.gov.cn/"));
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(minutes_and_reports_with_attachments_are_tagged) {
    TempDir d;
    check_tagged(convert(d, source_dir() / "inputs/minutes-example.xml", "--style minutes"));
    const fs::path report = convert(d, source_dir() / "tests/corpus/visible-long/006.txt", "");
    check_tagged(report);
    // The two attachments are sections, each with its 附件 line and its title as H1; the
    // 民生实事 list is L with LI, Lbl and LBody.
    const Tagged t = read_tagged(report);
    std::size_t sections = 0;
    for (const Json& s : struct_elems(t, "/Sect")) {
        sections += s.value("/T", "").find("附件") != std::string::npos ? 1 : 0;
    }
    BOOST_TEST(sections == 2u);
    BOOST_TEST(struct_elems(t, "/H1").size() == 3u);
    BOOST_TEST(struct_elems(t, "/L").size() >= 10u);
    BOOST_TEST(struct_elems(t, "/LI").size() == struct_elems(t, "/Lbl").size());
    BOOST_TEST(struct_elems(t, "/LI").size() == struct_elems(t, "/LBody").size());
    BOOST_TEST(struct_elems(t, "/LI").size() >= 68u);
}

BOOST_AUTO_TEST_CASE(a_traditional_page_says_zh_tw) {
    TempDir d;
    const fs::path page = d.path() / "tw.txt";
    write_file(page, "行政院召開第三次院會討論預算案\n日期:98-01-15    資料來源:資訊處\n"
                     "行政院今日召開院會，院長主持會議，討論明年度總預算案與相關法案，並聽取各部會報告。\n");
    check_tagged(convert(d, page, ""), "zh-TW");
}

BOOST_AUTO_TEST_SUITE_END()
