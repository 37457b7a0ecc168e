// The hand labels of the visible corpus and the seed (tests/corpus/visible/labels, keys in
// its README) as assertions: title, published, source, author, editor, channel, first and
// last body text, paragraph count, headings, and no cruft string in the body.
//
// Labels keep ASCII punctuation "as in the file", while the reader makes , : ; ( ) ? !
// full width inside Chinese text. So both sides are compared on a punctuation-folded form:
// ，：；（）？！ → , : ; ( ) ? ! (fold() below). Everything else must match exactly.
#include "read_test_util.hpp"

#include <filesystem>
#include <fstream>
#include <map>

namespace fs = std::filesystem;
using namespace hsdoc;

namespace {

struct Expect {
    std::map<std::string, std::string> one;
    std::vector<std::string> channel;
    std::vector<std::string> headings;
    std::vector<std::string> must_not_contain;
};

Expect load_expect(const fs::path& p) {
    Expect e;
    std::ifstream in(p);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') {
            continue;
        }
        const auto eq = line.find('=');
        const std::string key = line.substr(0, eq);
        const std::string value = line.substr(eq + 1);
        if (key == "channel") {
            e.channel.push_back(value);
        } else if (key == "heading") {
            e.headings.push_back(value);
        } else if (key == "must_not_contain") {
            e.must_not_contain.push_back(value);
        } else {
            e.one[key] = value;
        }
    }
    return e;
}

std::string fold(const std::string& s) {
    std::u32string u = utf8::to_u32(s);
    for (char32_t& c : u) {
        switch (c) {
        case U'，':
            c = ',';
            break;
        case U'：':
            c = ':';
            break;
        case U'；':
            c = ';';
            break;
        case U'（':
            c = '(';
            break;
        case U'）':
            c = ')';
            break;
        case U'？':
            c = '?';
            break;
        case U'！':
            c = '!';
            break;
        default:
            break;
        }
    }
    return utf8::from_u32(u);
}

std::string first_cps(const std::string& s, std::size_t n) {
    const std::u32string u = utf8::to_u32(s);
    return utf8::from_u32(u.substr(0, n));
}

std::string last_cps(const std::string& s, std::size_t n) {
    const std::u32string u = utf8::to_u32(s);
    return utf8::from_u32(u.size() <= n ? u : u.substr(u.size() - n));
}

void check_labels(const std::string& name) {
    const fs::path expect_path = test::source_dir() / "tests/corpus/visible" / (name + ".expect");
    const Expect e = load_expect(expect_path);
    const std::string bytes = test::read_file(test::source_dir() / e.one.at("file"));
    const model::Document d = test::read_text_bytes(bytes, e.one.at("file"));

    BOOST_TEST(fold(d.meta.title) == e.one.at("title"));
    BOOST_TEST(d.meta.published == e.one.at("published"));
    BOOST_TEST(fold(d.meta.source) == e.one.at("source"));
    BOOST_TEST(fold(d.meta.author) == e.one.at("author"));
    BOOST_TEST(fold(d.meta.editor) == e.one.at("editor"));
    std::vector<std::string> channel;
    for (const auto& c : d.meta.channel) {
        channel.push_back(fold(c));
    }
    BOOST_TEST(channel == e.channel, boost::test_tools::per_element());

    const std::vector<std::string> units = test::body_units(d);
    BOOST_REQUIRE(!units.empty());
    BOOST_TEST(fold(first_cps(units.front(), 12)) == e.one.at("body_first"));
    BOOST_TEST(fold(last_cps(units.back(), 12)) == e.one.at("body_last"));
    BOOST_TEST(units.size() == std::stoul(e.one.at("paragraphs")));

    std::vector<std::string> headings;
    std::string body;
    for (const auto& b : d.blocks) {
        if (b.kind == model::BlockKind::heading) {
            headings.push_back(fold(b.text));
        }
    }
    for (const std::string& u : units) {
        body += fold(u) + "\n";
    }
    BOOST_TEST(headings == e.headings, boost::test_tools::per_element());
    for (const auto& s : e.must_not_contain) {
        BOOST_TEST(body.find(fold(s)) == std::string::npos, "body contains cruft \"" << s << "\"");
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(read_labels)

BOOST_AUTO_TEST_CASE(seed_matches_its_label) { check_labels("seed"); }
BOOST_AUTO_TEST_CASE(visible_001_bullets_and_three_line_metadata) { check_labels("001"); }
BOOST_AUTO_TEST_CASE(visible_002_phone_list_after_body) { check_labels("002"); }
BOOST_AUTO_TEST_CASE(visible_003_site_name_and_credit_line) { check_labels("003"); }
BOOST_AUTO_TEST_CASE(visible_004_title_and_body_only) { check_labels("004"); }
BOOST_AUTO_TEST_CASE(visible_005_body_only_with_headings) { check_labels("005"); }
BOOST_AUTO_TEST_CASE(visible_006_full_width_not_normalised) { check_labels("006"); }

BOOST_AUTO_TEST_CASE(every_label_file_has_a_test) {
    std::size_t n = 0;
    for (const auto& entry : fs::directory_iterator(test::source_dir() / "tests/corpus/visible")) {
        n += entry.path().extension() == ".expect" ? 1 : 0;
    }
    BOOST_TEST(n == 7u);
}

BOOST_AUTO_TEST_SUITE_END()
