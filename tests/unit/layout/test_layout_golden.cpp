// Page dumps as goldens (SILE's debug outputter): layout::dump of every file in inputs/ and
// the visible corpus, compared with tests/golden/<stem>.pages.txt, so that a layout change
// shows as a readable diff. To update deliberately:
//   HSDOC_UPDATE_REFS=1 ./build/dev/tests/test_layout --run_test=layout_golden
// then review `git diff tests/golden` and commit it with the reason.
#include "layout/layout.hpp"
#include "read/read.hpp"
#include "support.hpp"
#include "util/error.hpp"

namespace fs = std::filesystem;
using namespace hsdoc;

namespace {

struct Loaded {
    style::Style style;
    std::shared_ptr<const text::FontSet> fonts;
};

const Loaded& loaded(const std::string& name) {
    static std::map<std::string, Loaded> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        Loaded l;
        l.style = style::load_style(name, test::source_dir().string());
        l.fonts = text::FontSet::load(l.style, test::source_dir().string());
        it = cache.emplace(name, std::move(l)).first;
    }
    return it->second;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(layout_golden)

BOOST_AUTO_TEST_CASE(page_dumps_match_goldens) {
    const auto files = test::sample_inputs();
    BOOST_REQUIRE(files.size() >= 8u);
    for (const fs::path& input : files) {
        BOOST_TEST_CONTEXT(input.filename().string()) {
            // XML reports are minutes; text pages use the default style.
            const std::string style_name = input.extension() == ".xml" ? "minutes" : "gbt9704";
            const Loaded& l = loaded(style_name);
            const model::Document doc = read::read_document(test::read_file(input), input.filename().string());
            const layout::Pages pages = layout::layout(doc, l.style, *l.fonts);
            test::check_golden(test::source_dir() / "tests/golden" / (input.stem().string() + ".pages.txt"),
                               "style: " + style_name + "\n" + layout::dump(pages, *l.fonts));
        }
    }
}

BOOST_AUTO_TEST_CASE(a_character_no_font_covers_is_an_error_naming_it_and_the_line) {
    const Loaded& l = loaded("gbt9704");
    model::Document doc;
    doc.meta.title = "标题";
    model::Block b;
    b.text = "会议\xF0\x9F\x98\x80开始";  // U+1F600, in no CJK font
    b.source_line = 7;
    doc.blocks.push_back(b);
    try {
        layout::layout(doc, l.style, *l.fonts);
        BOOST_FAIL("no error");
    } catch (const Error& e) {
        BOOST_TEST(e.message().find("U+1F600") != std::string::npos);
        BOOST_TEST(e.line() == 7);
        BOOST_TEST(e.column() == 3);
    }
}

BOOST_AUTO_TEST_SUITE_END()
