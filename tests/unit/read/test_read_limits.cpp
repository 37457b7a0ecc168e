// Hostile input at the read/ edge (issue 8): limits with errors naming the option that
// raises them, invisible format characters removed, a bounded number of errors.
#include "read_test_util.hpp"

using namespace hsdoc;

namespace {

std::string report(const std::string& body) {
    return "<report xmlns=\"urn:hsdoc:report:1\"><meta><title>标题</title></meta><body>" + body +
           "</body></report>";
}

std::string read_error(const std::string& bytes, const Limits& limits = {}) {
    try {
        read::read_document(bytes, "in.xml", nullptr, limits);
    } catch (const Error& e) {
        BOOST_TEST((e.kind() == ErrorKind::input));
        return e.located();
    }
    return "no error";
}

std::string repeat(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) {
        out += s;
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(read_limits)

BOOST_AUTO_TEST_CASE(input_size_limit_names_its_option) {
    Limits l;
    l.input_bytes = 100;
    const std::string e = read_error(report(repeat("<p>内容</p>", 20)), l);
    BOOST_TEST(e.find("in.xml: input of ") == 0u, e);
    BOOST_TEST(e.find("exceeds the limit of 100 (raise it with --max-input-bytes)") != std::string::npos, e);
}

BOOST_AUTO_TEST_CASE(xml_depth_limit_points_at_the_element) {
    Limits l;
    l.xml_depth = 5;
    const std::string ok = report("<p>内容</p>");
    BOOST_TEST(read_error(ok, l) == "no error");
    const std::string e = read_error(report("<p>" + repeat("<b>", 10) + repeat("</b>", 10) + "</p>"), l);
    BOOST_TEST(e.find("in.xml:1:") == 0u, e);
    BOOST_TEST(e.find("XML nesting depth exceeds the limit of 5 (raise it with --max-xml-depth)") !=
                   std::string::npos, e);
}

BOOST_AUTO_TEST_CASE(xml_elements_are_counted_before_parsing) {
    Limits l;
    l.xml_elements = 50;
    BOOST_TEST(read_error(report(repeat("<p>内容</p>", 40)), l) == "no error");
    const std::string e = read_error(report(repeat("<p>内容</p>", 60)), l);
    BOOST_TEST(e.find("--max-xml-elements") != std::string::npos, e);
}

BOOST_AUTO_TEST_CASE(paragraph_limit_applies_to_text_lines_and_xml_blocks) {
    Limits l;
    l.paragraph_chars = 100;
    const std::string xml = read_error(report("<p>" + repeat("内容", 60) + "</p>"), l);
    BOOST_TEST(xml.find("<p> of 120 characters exceeds the limit of 100") != std::string::npos, xml);
    try {
        read::read_document("标题\n" + repeat("内容", 60) + "\n", "in.txt", nullptr, l);
        BOOST_FAIL("no error");
    } catch (const Error& e) {
        BOOST_TEST(e.located().find("in.txt:2: line of more than 100 characters") == 0u, e.located());
    }
}

BOOST_AUTO_TEST_CASE(errors_stop_after_one_hundred) {
    const auto errors = read::validate_xml(report(repeat("<x/>", 5000)), "in.xml");
    BOOST_TEST(errors.size() == 101u);
    BOOST_TEST(errors.back().message().find("too many errors") == 0u);
}

BOOST_AUTO_TEST_CASE(foreign_xml_is_not_an_hsdoc_report) {
    const std::string e = read_error("<html><body><p>x</p></body></html>");
    BOOST_TEST(e == "in.xml:1:1: root element is <html>: not an hsdoc report", e);
}

BOOST_AUTO_TEST_CASE(invisible_format_characters_are_removed_with_a_warning) {
    const auto d = read::decode_bytes("甲\u202E乙\u200B丙\u00AD丁\u2066戊\u2069\uFEFF己\u200D庚\u2028辛\uFE0F\n", "t.txt");
    BOOST_TEST(d.text == "甲乙丙丁戊己庚\n辛\uFE0F\n");
    BOOST_REQUIRE(d.warnings.size() == 1u);
    BOOST_TEST(d.warnings[0].message().find("removed 6 invisible format character(s)") == 0u,
               d.warnings[0].message());
}

BOOST_AUTO_TEST_SUITE_END()
