// The other subcommands of the command line (extract, validate), and what convert reports of
// the lines a reader left out.
#include "support.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using hsdoc::test::hsdoc_command;
using hsdoc::test::run;
using hsdoc::test::shell_quote;
using hsdoc::test::TempDir;
using hsdoc::test::write_file;

namespace {

fs::path seed_text() {
    for (const auto& e : fs::directory_iterator(hsdoc::test::source_dir() / "inputs")) {
        if (e.path().extension() == ".txt") {
            return e.path();
        }
    }
    BOOST_FAIL("no inputs/*.txt");
    return {};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(e2e_batch_cli)

BOOST_AUTO_TEST_CASE(extract_prints_xml_that_validates_and_converts) {
    TempDir dir;
    auto extracted = run(hsdoc_command() + " extract " + shell_quote(seed_text().string()));
    BOOST_TEST(extracted.exit_code == 0, extracted.err);
    BOOST_TEST(extracted.out.rfind("<?xml", 0) == 0u);
    write_file(dir.path() / "seed.xml", extracted.out);

    auto valid =
        run(hsdoc_command() + " validate " + shell_quote((dir.path() / "seed.xml").string()));
    BOOST_TEST(valid.exit_code == 0, valid.err);
    BOOST_TEST(valid.err.empty());

    auto piped = run(hsdoc_command() + " extract - < " + shell_quote(seed_text().string()));
    BOOST_TEST((piped.out == extracted.out));
}

BOOST_AUTO_TEST_CASE(validate_reports_file_line_column_and_exits_1) {
    TempDir dir;
    fs::path bad = dir.path() / "bad.xml";
    write_file(bad, "<?xml version=\"1.0\"?>\n<report xmlns=\"urn:hsdoc:report:1\">\n"
                    "<meta><title>会议纪要</title></meta>\n<body><p>未闭合</body>\n");
    auto r = run(hsdoc_command() + " validate " + shell_quote(bad.string()));
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.rfind(bad.string() + ":4:", 0) == 0u, r.err);
}

BOOST_AUTO_TEST_CASE(extract_of_a_missing_file_is_an_input_error) {
    auto r = run(hsdoc_command() + " extract /nonexistent-hsdoc.txt");
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.rfind("hsdoc: /nonexistent-hsdoc.txt: ", 0) == 0u, r.err);
}

// Every dropped line is shown with -v as FILE:LINE: dropped (REASON): TEXT, and counted by
// reason in the manifest; the counts add up to extract's <dropped> list.
BOOST_AUTO_TEST_CASE(convert_shows_dropped_lines_with_v_and_counts_them_in_the_manifest) {
    TempDir dir;
    const fs::path page = hsdoc::test::source_dir() / "tests/corpus/visible/001.txt";
    const fs::path manifest = dir.path() / "m.json";
    auto r = run(hsdoc_command() + " convert -v -o " + shell_quote((dir.path() / "out").string()) + " --manifest " +
                 shell_quote(manifest.string()) + " " + shell_quote(page.string()));
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    BOOST_TEST(r.err.find(page.string() + ":1: dropped (chrome): • 繁体版") != std::string::npos, r.err);
    BOOST_TEST(r.err.find(page.string() + ":25: dropped (trailing): 扫一扫在手机打开当前页") != std::string::npos);

    const auto extracted = run(hsdoc_command() + " extract " + shell_quote(page.string()));
    std::size_t listed = 0;
    for (std::size_t p = extracted.out.find("<line n="); p != std::string::npos; p = extracted.out.find("<line n=", p + 1)) {
        ++listed;
    }
    const auto json = nlohmann::json::parse(hsdoc::test::read_file(manifest));
    const auto& dropped = json.at("entries").at(0).at("dropped");
    std::size_t counted = 0;
    for (const auto& [reason, count] : dropped.items()) {
        counted += count.get<std::size_t>();
    }
    BOOST_TEST(dropped.at("chrome").get<int>() == 3);
    BOOST_TEST(counted == listed);
    BOOST_TEST(counted > 10u);
}

BOOST_AUTO_TEST_SUITE_END()
