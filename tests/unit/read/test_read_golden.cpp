// Goldens: write_xml(read_document(file)) for every file in inputs/ and the visible corpus,
// compared with tests/golden/<stem>.model.xml (Pandoc's "native" goldens).
//
// A failing test never rewrites its reference. To update deliberately, run
//   HSDOC_UPDATE_REFS=1 ./build/dev/tests/test_read --run_test=read_golden
// look at `git diff tests/golden`, and commit the new references with the reason.
// Every golden is also validated against schema/report.xsd with xmllint.
#include "read_test_util.hpp"

#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace fs = std::filesystem;
using namespace hsdoc;

namespace {

fs::path golden_path(const fs::path& input) {
    return test::source_dir() / "tests/golden" / (input.stem().string() + ".model.xml");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(read_golden)

BOOST_AUTO_TEST_CASE(extracted_xml_matches_golden) {
    const auto inputs = test::sample_inputs();
    BOOST_REQUIRE(inputs.size() >= 8u);
    for (const fs::path& input : inputs) {
        BOOST_TEST_CONTEXT(input.filename().string()) {
            const std::string rel = fs::relative(input, test::source_dir()).string();
            test::check_golden(golden_path(input), read::write_xml(read::read_document(test::read_file(input), rel)));
        }
    }
}

BOOST_AUTO_TEST_CASE(goldens_and_examples_validate_against_the_schema) {
    test::require_tool("xmllint");
    const fs::path xsd = test::source_dir() / "schema/report.xsd";
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(test::source_dir() / "tests/golden")) {
        if (e.path().extension() == ".xml") {
            files.push_back(e.path());
        }
    }
    for (const auto& e : fs::directory_iterator(test::source_dir() / "inputs")) {
        if (e.path().extension() == ".xml") {
            files.push_back(e.path());
        }
    }
    for (const auto& e : fs::directory_iterator(test::source_dir() / "tests/corpus/xml/valid")) {
        files.push_back(e.path());
    }
    BOOST_REQUIRE(files.size() >= 9u);
    for (const fs::path& f : files) {
        const auto r = test::run("xmllint --noout --nonet --schema " + test::shell_quote(xsd.string()) +
                                 " " + test::shell_quote(f.string()));
        BOOST_TEST(r.exit_code == 0, f.filename() << ": " << r.err);
        // Our own validator agrees.
        const auto errors = read::validate_xml(test::read_file(f), f.filename().string());
        BOOST_TEST(errors.empty(), f.filename() << ": " << (errors.empty() ? "" : errors[0].located()));
    }
}

BOOST_AUTO_TEST_CASE(invalid_examples_fail_the_schema_and_our_validator) {
    test::require_tool("xmllint");
    const fs::path xsd = test::source_dir() / "schema/report.xsd";
    std::size_t n = 0;
    for (const auto& e : fs::directory_iterator(test::source_dir() / "tests/corpus/xml/invalid")) {
        ++n;
        const auto r = test::run("xmllint --noout --nonet --schema " +
                                 test::shell_quote(xsd.string()) + " " +
                                 test::shell_quote(e.path().string()));
        BOOST_TEST(r.exit_code != 0, e.path().filename() << " passed xmllint");
        const auto errors = read::validate_xml(test::read_file(e.path()), e.path().filename().string());
        BOOST_TEST(!errors.empty(), e.path().filename() << " passed validate_xml");
    }
    BOOST_TEST(n >= 5u);
}

// Converting the extracted XML must give the very same PDF as converting the text: the
// Document read back from write_xml is the same, except for source line numbers.
BOOST_AUTO_TEST_CASE(extract_then_read_gives_the_same_document) {
    for (const fs::path& input : test::sample_inputs()) {
        BOOST_TEST_CONTEXT(input.filename().string()) {
            const model::Document a = read::read_document(test::read_file(input), input.string());
            const std::string xml = read::write_xml(a);
            const model::Document b = read::read_document(xml, "extract.xml");
            BOOST_TEST(read::write_xml(b) == xml);
            BOOST_REQUIRE(a.blocks.size() == b.blocks.size());
            for (std::size_t i = 0; i < a.blocks.size(); ++i) {
                BOOST_TEST(a.blocks[i].text == b.blocks[i].text);
                BOOST_TEST((a.blocks[i].kind == b.blocks[i].kind));
                BOOST_TEST(a.blocks[i].level == b.blocks[i].level);
                BOOST_TEST(a.blocks[i].role == b.blocks[i].role);
                BOOST_TEST(a.blocks[i].date == b.blocks[i].date);
            }
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
