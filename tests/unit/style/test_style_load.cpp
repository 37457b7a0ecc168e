// Style files: units, 号 sizes, extends, and errors with file:line:column.
#include "style/style.hpp"
#include "support.hpp"
#include "util/error.hpp"

#include <cmath>

using namespace hsdoc;

namespace {

std::string data_dir() { return test::source_dir().string(); }

}  // namespace

BOOST_AUTO_TEST_SUITE(style_load)

BOOST_AUTO_TEST_CASE(lengths_take_units_and_chinese_size_names) {
    double v = 0;
    BOOST_TEST(style::parse_length_pt("25.4mm", v));
    BOOST_TEST(std::fabs(v - 72) < 1e-9);
    BOOST_TEST(style::parse_length_pt("三号", v));
    BOOST_TEST(v == 16);
    BOOST_TEST(style::parse_length_pt("小四", v));
    BOOST_TEST(v == 12);
    BOOST_TEST(!style::parse_length_pt("12", v));
    BOOST_TEST(!style::parse_length_pt("12px", v));
}

BOOST_AUTO_TEST_CASE(bundled_gbt9704_has_the_standard_numbers) {
    const style::Style s = style::load_style("gbt9704", data_dir());
    const double mm = 72 / 25.4;
    BOOST_TEST(std::fabs(s.area_left_pt - 28 * mm) < 1e-6);
    BOOST_TEST(std::fabs(s.area_top_pt - 37 * mm) < 1e-6);
    BOOST_TEST(std::fabs(s.area_width_pt - 156 * mm) < 1e-6);
    BOOST_TEST(std::fabs(s.area_height_pt - 225 * mm) < 1e-6);
    BOOST_TEST(s.chars_per_line == 28);
    BOOST_TEST(s.lines_per_page == 22);
    BOOST_TEST(std::fabs(s.line_pitch_pt - 29.61) < 1e-9);
    BOOST_TEST(s.font(style::Role::body).size_pt == 16);
    BOOST_TEST(s.font(style::Role::title).size_pt == 22);
}

BOOST_AUTO_TEST_CASE(extends_overrides_only_what_it_names) {
    test::TempDir d;
    const auto path = d.path() / "mine.xml";
    test::write_file(path, "<style name=\"mine\" extends=\"" + data_dir() + "/styles/gbt9704.xml\">\n"
                           "  <page-number align=\"center\"/>\n"
                           "  <typesetting hanging-punctuation=\"true\"/>\n</style>\n");
    const style::Style s = style::load_style(path.string(), data_dir());
    BOOST_TEST(s.name == "mine");
    BOOST_TEST(s.page_number_align == "center");
    BOOST_TEST(s.chars_per_line == 28);
    BOOST_TEST(s.hanging_punctuation);
    BOOST_TEST(s.grid);
    BOOST_TEST(!style::load_style("gbt9704", data_dir()).hanging_punctuation);
}

BOOST_AUTO_TEST_CASE(errors_name_file_line_and_column) {
    test::TempDir d;
    const auto path = d.path() / "bad.xml";
    test::write_file(path, "<style name=\"bad\">\n  <grid line-pitch=\"29.61\"/>\n</style>\n");
    try {
        style::load_style(path.string(), data_dir());
        BOOST_FAIL("no error");
    } catch (const Error& e) {
        BOOST_TEST((e.kind() == ErrorKind::style));
        BOOST_TEST(e.line() == 2);
        BOOST_TEST(e.column() == 3);
        BOOST_TEST(e.message().find("line-pitch") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(unknown_elements_and_cycles_are_errors) {
    test::TempDir d;
    test::write_file(d.path() / "a.xml", "<style extends=\"" + (d.path() / "b.xml").string() + "\"/>");
    test::write_file(d.path() / "b.xml", "<style extends=\"" + (d.path() / "a.xml").string() + "\"/>");
    BOOST_CHECK_THROW(style::load_style((d.path() / "a.xml").string(), data_dir()), Error);
    test::write_file(d.path() / "c.xml", "<style><colour name=\"red\"/></style>");
    BOOST_CHECK_THROW(style::load_style((d.path() / "c.xml").string(), data_dir()), Error);
}

BOOST_AUTO_TEST_SUITE_END()
