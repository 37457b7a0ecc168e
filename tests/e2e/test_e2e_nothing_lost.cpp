// Nothing is lost silently: for every file of the labelled corpora, each input line is either
// in the reader's drop list (`hsdoc extract`'s <dropped>, with its reason) or in the PDF's
// text as pdftotext reads it back (-raw: in the order the content stream draws it, so that
// a line spread over the measure is not taken apart into columns).
//
// Both sides are compared with whitespace removed and the marks the reader normalises folded
// (，：；（）？！ to ASCII, ―― to ——, ○ to 〇); page numbers "— n —" are taken out of the PDF's text,
// since they fall inside paragraphs that run across pages. A 附件 line may print without its
// colon or dot ("附件1：" → 附件1).
#include "support.hpp"

#include <pugixml.hpp>

#include <regex>
#include <sstream>

namespace fs = std::filesystem;
using namespace hsdoc::test;

namespace {

std::string folded(const std::string& s) {
    static const std::vector<std::pair<std::string, std::string>> k_marks = {
        {"，", ","}, {"：", ":"}, {"；", ";"}, {"（", "("}, {"）", ")"}, {"？", "?"}, {"！", "!"}, {"―", "—"}, {"○", "〇"},
        {"\u3000", ""}, {"\u00a0", ""}, {"\u2002", ""}, {"\u2003", ""}, {"\u2009", ""}};
    std::string out;
    for (char c : s) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
            out += c;
        }
    }
    for (const auto& [from, to] : k_marks) {
        for (std::size_t p = out.find(from); p != std::string::npos; p = out.find(from, p + to.size())) {
            out.replace(p, from.size(), to);
        }
    }
    return out;
}

std::set<int> dropped_lines(const std::string& xml) {
    pugi::xml_document doc;
    doc.load_string(xml.c_str());
    std::set<int> out;
    for (pugi::xml_node l : doc.child("report").child("dropped").children("line")) {
        out.insert(l.attribute("n").as_int());
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(e2e_nothing_lost)

BOOST_AUTO_TEST_CASE(every_line_is_in_the_pdf_or_in_the_drop_list) {
    require_tool("pdftotext");
    const std::string hsdoc = "HSDOC_DATA_DIR=" + shell_quote(source_dir().string()) + " " + hsdoc_command();
    const std::regex page_number("—\\d+—");
    for (const fs::path& input : corpus_texts()) {
        BOOST_TEST_CONTEXT(input.parent_path().filename().string() + "/" + input.filename().string()) {
            TempDir d;
            const CommandResult xml = run(hsdoc + " extract " + shell_quote(input.string()));
            BOOST_REQUIRE_MESSAGE(xml.exit_code == 0, xml.err);
            const std::set<int> dropped = dropped_lines(xml.out);
            const fs::path pdf = d.path() / "out.pdf";
            const CommandResult c = run(hsdoc + " convert -q -o - " + shell_quote(input.string()) + " > " +
                                        shell_quote(pdf.string()));
            BOOST_REQUIRE_MESSAGE(c.exit_code == 0, c.err);
            const CommandResult t = run("pdftotext -raw -enc UTF-8 " + shell_quote(pdf.string()) + " -");
            BOOST_REQUIRE(t.exit_code == 0);
            const std::string text = std::regex_replace(folded(t.out), page_number, "");
            std::istringstream in(read_file(input));
            std::string line;
            int missing = 0;
            for (int n = 1; std::getline(in, line); ++n) {
                std::string want = folded(line);
                if (want.rfind("附件", 0) == 0 && want.size() <= 12 && (want.back() == ':' || want.back() == '.')) {
                    want.pop_back();
                }
                if (want.empty() || dropped.count(n) > 0 || text.find(want) != std::string::npos) {
                    continue;
                }
                if (++missing <= 5) {
                    BOOST_ERROR("line " << n << " is neither in the PDF nor dropped: " << line.substr(0, 120));
                }
            }
            BOOST_TEST(missing == 0, missing << " line(s) lost");
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
