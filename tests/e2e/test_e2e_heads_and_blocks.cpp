// The parts of reports and notices set the way GB/T 9704 sets them, measured from the PDF with
// MuPDF (docs/spec/gbt9704.md §6–§7): a speech's head, the unsealed signature and its note,
// attachments on new pages, lists hanging under their text, headings that never end a page,
// one-line fields too long for their line, and --issuer/--url as fallbacks only.
#include "stext.hpp"

namespace fs = std::filesystem;
using namespace hsdoc::test;

namespace {

constexpr double k_left = 28;                  // type area, mm
constexpr double k_right = 184;
constexpr double k_cell = 156.0 / 28;          // one 字 on the grid
constexpr double k_pitch = 29.61 * 25.4 / 72;  // one grid line
constexpr double k_mid = (k_left + k_right) / 2;

std::string hsdoc_env() { return "HSDOC_DATA_DIR=" + shell_quote(source_dir().string()) + " " + hsdoc_command(); }

// Converts `input` (with extra options) and returns MuPDF's lines of the PDF.
std::vector<StextLine> convert_lines(const TempDir& d, const fs::path& input, const std::string& options = {}) {
    const fs::path pdf = d.path() / (input.stem().string() + ".pdf");
    const CommandResult r = run(hsdoc_env() + " convert -q " + options + " -o - " + shell_quote(input.string()) + " > " +
                                shell_quote(pdf.string()));
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    return stext_lines(read_stext(pdf));
}

std::u32string u(const std::string& s) { return hsdoc::utf8::to_u32(s); }

const StextLine* find_line(const std::vector<StextLine>& lines, const std::string& starts) {
    for (const StextLine& l : lines) {
        if (l.text().rfind(u(starts), 0) == 0) {
            return &l;
        }
    }
    return nullptr;
}

bool in_font(const StextLine& l, const std::string& family) {
    return std::all_of(l.chars.begin(), l.chars.end(), [&](const StextChar& c) {
        return c.font.find(family) != std::string::npos || c.c == ' ' || c.font.find("Nimbus") != std::string::npos;
    });
}

double centre(const StextLine& l) { return (l.x0() + l.x1()) / 2; }

// The last line starting with `starts` set in the body face (not the red mark's).
const StextLine* find_body_line(const std::vector<StextLine>& lines, const std::string& starts) {
    const StextLine* found = nullptr;
    for (const StextLine& l : lines) {
        if (l.text().rfind(u(starts), 0) == 0 && l.size == 16) {
            found = &l;
        }
    }
    return found;
}

fs::path long_report(const char* name) { return source_dir() / "tests/corpus/visible-long" / name; }

}  // namespace

BOOST_AUTO_TEST_SUITE(e2e_heads_and_blocks)

// A speech: its title in the title face, the 题注 and the speaker centred in 楷体, one empty
// grid line, then the body, every line on the grid.
BOOST_AUTO_TEST_CASE(speech_head_title_subtitle_byline_then_one_empty_line) {
    TempDir d;
    const auto lines = convert_lines(d, long_report("003.txt"));
    const StextLine* title = find_line(lines, "扬州市政府工作报告");
    const StextLine* subtitle = find_line(lines, "——2015年1月9日");
    const StextLine* byline = find_line(lines, "市长");
    const StextLine* salutation = find_line(lines, "各位代表");
    BOOST_REQUIRE(title && subtitle && byline && salutation);
    BOOST_TEST(in_font(*title, "FandolSong"));
    BOOST_TEST(title->size == 22);
    BOOST_TEST(std::fabs(centre(*title) - k_mid) <= 0.5);
    for (const StextLine* l : {subtitle, byline}) {
        BOOST_TEST(in_font(*l, "FandolKai"), hsdoc::utf8::from_u32(l->text()));
        BOOST_TEST(l->size == 16);
        BOOST_TEST(std::fabs(centre(*l) - k_mid) <= 0.5, hsdoc::utf8::from_u32(l->text()));
    }
    BOOST_TEST(std::fabs(byline->y - subtitle->y - k_pitch) <= 0.05);
    BOOST_TEST(std::fabs(salutation->y - byline->y - 2 * k_pitch) <= 0.05, "one empty line before the body");
    const double first_baseline = 37 + 0.88 * 16 * 25.4 / 72;
    for (const StextLine* l : {subtitle, byline, salutation}) {
        const double slots = (l->y - first_baseline) / k_pitch;
        BOOST_TEST(std::fabs(slots - std::round(slots)) <= 0.01, "off the grid by " << slots);
    }
}

// GB/T 9704 §7.3.5.2 and §7.3.6: a date longer than the organ is right-indented 2 字 and the
// organ starts 2 字 left of it; the note follows on the next line, indented 2 字.
BOOST_AUTO_TEST_CASE(unsealed_signature_with_a_longer_date_and_its_note) {
    TempDir d;
    const auto lines = convert_lines(d, long_report("013.txt"));
    const StextLine* org = find_body_line(lines, "国务院办公厅");
    const StextLine* date = find_body_line(lines, "2018年10月27日");
    const StextLine* note = find_line(lines, "（此件公开发布）");
    BOOST_REQUIRE(org && date && note);
    BOOST_TEST(org->page == date->page);
    BOOST_TEST(std::fabs(date->x1() - (k_right - 2 * k_cell)) <= 0.3, "date ends at " << date->x1());
    BOOST_TEST(std::fabs(org->x0() - (date->x0() - 2 * k_cell)) <= 0.3, "organ starts at " << org->x0());
    BOOST_TEST(std::fabs(date->y - org->y - k_pitch) <= 0.05);
    BOOST_TEST(std::fabs(note->y - date->y - k_pitch) <= 0.05);
    BOOST_TEST(std::fabs(note->x0() - (k_left + 2 * k_cell)) <= 0.3);
    // Half-width digits count half a cell: "2018年10月27日" is 7 cells wide.
    BOOST_TEST(std::fabs(date->x1() - date->x0() - 7 * k_cell) <= 0.5, date->x1() - date->x0());
}

// A longer organ: right-indented 2 字, the date starting 2 字 right of the organ's start; one
// empty line above the organ. From XML, like text; a date written 二○一一 is set with 〇.
BOOST_AUTO_TEST_CASE(unsealed_signature_with_a_longer_organ_from_xml) {
    TempDir d;
    const fs::path xml = d.path() / "notice.xml";
    write_file(xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report xmlns=\"urn:hsdoc:report:1\" xml:lang=\"zh-CN\">\n"
                    "<meta><title>关于开展安全检查的通知</title></meta>\n<body>\n<addressee>各镇人民政府：</addressee>\n"
                    "<p>现将有关事项通知如下，请认真贯彻执行。</p>\n<signature><org>某某自治州人民政府办公室</org>"
                    "<date as-written=\"二○一一年四月八日\">2011-04-08</date></signature>\n</body>\n</report>\n");
    const auto lines = convert_lines(d, xml);
    const StextLine* org = find_line(lines, "某某自治州人民政府办公室");
    const StextLine* date = find_line(lines, "二〇一一年四月八日");
    const StextLine* text = find_line(lines, "现将有关事项");
    const StextLine* addressee = find_line(lines, "各镇人民政府");
    BOOST_REQUIRE(org && date && text && addressee);
    BOOST_TEST(std::fabs(org->x1() - (k_right - 2 * k_cell)) <= 0.3);
    BOOST_TEST(std::fabs(date->x0() - (org->x0() + 2 * k_cell)) <= 0.3);
    BOOST_TEST(std::fabs(org->y - text->y - 2 * k_pitch) <= 0.05, "one empty line above the organ");
    BOOST_TEST(std::fabs(addressee->x0() - k_left) <= 0.1, "the addressee is flush left");
}

// GB/T 9704 §7.3.7: each attachment on a new page, 附件N in 黑体 flush left on the first
// line, its title centred on the third in the title face; page numbers run on.
BOOST_AUTO_TEST_CASE(attachments_start_new_pages_with_label_and_title) {
    TempDir d;
    const auto lines = convert_lines(d, long_report("006.txt"));
    const double first_baseline = 37 + 0.88 * 16 * 25.4 / 72;
    int seen = 0;
    for (const char* label : {"附件1", "附件2"}) {
        const StextLine* l = nullptr;
        for (const StextLine& x : lines) {
            l = x.text() == u(label) ? &x : l;
        }
        BOOST_REQUIRE_MESSAGE(l, label);
        ++seen;
        BOOST_TEST(in_font(*l, "FandolHei"));
        BOOST_TEST(std::fabs(l->x0() - k_left) <= 0.1);
        BOOST_TEST(std::fabs(l->y - first_baseline) <= 0.05, "not on the first line");
        const StextLine* first_on_page = nullptr;
        const StextLine* title = nullptr;
        for (const StextLine& x : lines) {
            if (x.page == l->page && (!first_on_page || x.y < first_on_page->y)) {
                first_on_page = &x;
            }
            if (x.page == l->page && x.size == 22 && !title) {
                title = &x;
            }
        }
        BOOST_TEST(first_on_page == l, "the attachment does not start its page");
        BOOST_REQUIRE(title);
        BOOST_TEST(std::fabs(centre(*title) - k_mid) <= 0.5);
        BOOST_TEST(std::fabs((title->y - first_baseline) / k_pitch - 2) <= 0.2, "the title is not on line 3");
    }
    BOOST_TEST(seen == 2);
}

// GB/T 9704 §7.3.4: the 附件说明 "附件：1.××", later items aligned under "1.".
BOOST_AUTO_TEST_CASE(attachment_note_items_align_under_the_first) {
    TempDir d;
    const fs::path xml = d.path() / "note.xml";
    write_file(xml, "<?xml version=\"1.0\"?>\n<report xmlns=\"urn:hsdoc:report:1\">\n<meta><title>关于印发两个方案的通知</title></meta>\n"
                    "<body>\n<p>现将两个方案印发给你们，请认真贯彻执行。</p>\n<attachment-note><item>附件：1.某某工作方案</item>"
                    "<item>2.某某任务分工</item></attachment-note>\n</body>\n</report>\n");
    const auto lines = convert_lines(d, xml);
    const StextLine* first = find_line(lines, "附件：1.");
    const StextLine* second = find_line(lines, "2.某某");
    BOOST_REQUIRE(first && second);
    BOOST_TEST(std::fabs(first->x0() - (k_left + 2 * k_cell)) <= 0.3);
    BOOST_TEST(std::fabs(second->x0() - first->chars[3].x0) <= 0.3, "the second item starts at " << second->x0());
}

// The document a notice issues starts a page, its title centred in the title face.
BOOST_AUTO_TEST_CASE(an_issued_document_starts_a_new_page) {
    TempDir d;
    const auto lines = convert_lines(d, long_report("013.txt"));
    const StextLine* title = nullptr;
    for (const StextLine& l : lines) {
        title = l.text() == u("政府网站集约化试点工作方案") ? &l : title;
    }
    BOOST_REQUIRE(title);
    BOOST_TEST(title->page == 1);
    BOOST_TEST(title->size == 22);
    BOOST_TEST(std::fabs(centre(*title) - k_mid) <= 0.5);
    for (const StextLine& l : lines) {
        BOOST_TEST(!(l.page == title->page && l.y < title->y), "text above the issued document's title");
    }
}

// A list item's wrapped lines start under the text after its number (within 0.5 mm: the
// first line is justified, so its text may sit a little right of where it would unspread).
BOOST_AUTO_TEST_CASE(list_items_hang_under_their_text) {
    TempDir d;
    const auto lines = convert_lines(d, long_report("006.txt"));
    const StextLine* first = find_line(lines, "附件1");
    const StextLine* second = find_line(lines, "附件2");
    BOOST_REQUIRE(first && second);
    int checked = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const std::u32string t = lines[i].text();
        const StextLine& next = lines[i + 1];
        // An item of the 民生实事 list of 附件1 ("1.开通试运营…"), wrapped onto the next line.
        const bool item = t.size() > 4 && t[0] >= '1' && t[0] <= '9' && (t[1] == '.' || t[2] == '.');
        if (!item || next.page != lines[i].page || next.x0() < lines[i].x0() + 0.5 || next.y > 262 ||
            lines[i].page < first->page || lines[i].page >= second->page ||
            std::fabs(lines[i].x0() - (k_left + 2 * k_cell)) > 0.1) {
            continue;
        }
        // The first Han character after the number.
        std::size_t k = 0;
        while (k < t.size() && t[k] < 0x3000) {
            ++k;
        }
        BOOST_REQUIRE(k < t.size());
        BOOST_TEST(std::fabs(next.x0() - lines[i].chars[k].x0) <= 0.5, hsdoc::utf8::from_u32(t));
        ++checked;
    }
    BOOST_TEST(checked >= 10);
}

// A page may end a line short of a heading, never with one: on every long report, no page but
// the last has a heading (黑体 or 楷体 at the body size) as its last line.
BOOST_AUTO_TEST_CASE(no_page_ends_with_a_heading) {
    TempDir d;
    for (const auto& e : fs::directory_iterator(source_dir() / "tests/corpus/visible-long")) {
        if (e.path().extension() != ".txt") {
            continue;
        }
        const auto lines = convert_lines(d, e.path());
        std::map<int, const StextLine*> last;
        int pages = 0;
        for (const StextLine& l : lines) {
            pages = std::max(pages, l.page + 1);
            if (l.y < 262 && (!last[l.page] || l.y > last[l.page]->y)) {
                last[l.page] = &l;
            }
        }
        for (const auto& [page, l] : last) {
            if (page + 1 < pages && l) {
                BOOST_TEST(!(l->size == 16 && (in_font(*l, "FandolHei") || in_font(*l, "FandolKai"))),
                           e.path().filename() << " page " << page + 1 << " ends with "
                                               << hsdoc::utf8::from_u32(l->text()));
            }
        }
    }
}

// One-line fields: a 发文字号 too long for its line is refused naming it; a title of 3,000
// characters wraps, and nothing is drawn off the page.
BOOST_AUTO_TEST_CASE(long_fields_wrap_or_are_refused_by_name) {
    TempDir d;
    std::string long_text;
    for (int i = 0; i < 3000; ++i) {
        long_text += "长";
    }
    const fs::path bad = d.path() / "bad.xml";
    write_file(bad, "<?xml version=\"1.0\"?>\n<report xmlns=\"urn:hsdoc:report:1\">\n<meta><title>通知</title>"
                    "<issuer>某某县人民政府</issuer><doc-number>" + long_text + "</doc-number></meta>\n<body><p>正文。</p></body>\n</report>\n");
    const CommandResult r = run(hsdoc_env() + " convert -q -o " + shell_quote((d.path() / "o").string()) + " " + shell_quote(bad.string()));
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("发文字号") != std::string::npos, r.err);
    BOOST_TEST(!fs::exists(d.path() / "o" / "bad.pdf"));

    const fs::path big = d.path() / "big.xml";
    write_file(big, "<?xml version=\"1.0\"?>\n<report xmlns=\"urn:hsdoc:report:1\">\n<meta><title>" + long_text +
                        "</title></meta>\n<body><p>正文。</p></body>\n</report>\n");
    const auto lines = convert_lines(d, big);
    BOOST_TEST(lines.size() > 100u);
    for (const StextLine& l : lines) {
        BOOST_TEST((l.x0() >= k_left - 0.1 && l.x1() <= k_right + 0.1 && l.y <= 297), hsdoc::utf8::from_u32(l.text()).substr(0, 30));
    }
}

// --issuer and --url stand in only where the document names none (README).
BOOST_AUTO_TEST_CASE(issuer_and_url_options_are_fallbacks) {
    require_tool("pdfinfo");
    TempDir d;
    const fs::path own = d.path() / "own.xml";
    const fs::path none = d.path() / "none.xml";
    const std::string head = "<?xml version=\"1.0\"?>\n<report xmlns=\"urn:hsdoc:report:1\">\n<meta><title>通知</title>";
    write_file(own, head + "<issuer>甲县人民政府</issuer><url>https://a.example.gov.cn/1.html</url></meta>\n"
                           "<body><p>正文。</p></body>\n</report>\n");
    write_file(none, head + "</meta>\n<body><p>正文。</p></body>\n</report>\n");
    const std::string options = "--issuer 乙县人民政府 --url https://b.example.gov.cn/2.html";
    for (const auto& [input, issuer, url] : {std::tuple{own, "甲县人民政府", "https://a.example.gov.cn/1.html"},
                                            std::tuple{none, "乙县人民政府", "https://b.example.gov.cn/2.html"}}) {
        BOOST_TEST_CONTEXT(input.filename()) {
            const auto lines = convert_lines(d, input, options);
            BOOST_TEST(find_line(lines, issuer) != nullptr, "the red mark is not " << issuer);
            const CommandResult links = run("pdfinfo -url " + shell_quote((d.path() / (input.stem().string() + ".pdf")).string()));
            BOOST_TEST(links.out.find(url) != std::string::npos, links.out);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
