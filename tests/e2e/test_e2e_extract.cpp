// `hsdoc extract` prints the XML the text reader understood: it validates against
// schema/report.xsd, and converting it gives the very same PDF as converting the text.
#include "support.hpp"

namespace fs = std::filesystem;
using namespace hsdoc::test;

BOOST_AUTO_TEST_SUITE(e2e_extract)

BOOST_AUTO_TEST_CASE(converting_the_extracted_xml_gives_the_same_pdf_as_the_text) {
    require_tool("xmllint");
    const std::vector<fs::path> inputs = corpus_texts();
    const std::string hsdoc = "HSDOC_DATA_DIR=" + shell_quote(source_dir().string()) + " " +
                              shell_quote(hsdoc_binary().string());
    for (const fs::path& input : inputs) {
        BOOST_TEST_CONTEXT(input.filename().string()) {
            TempDir d;
            const CommandResult xml = run(hsdoc + " extract " + shell_quote(input.string()));
            BOOST_REQUIRE_MESSAGE(xml.exit_code == 0, xml.err);
            const fs::path xml_path = d.path() / "xml" / (input.stem().string() + ".xml");
            write_file(xml_path, xml.out);
            const CommandResult valid = run("xmllint --noout --schema " +
                                            shell_quote((source_dir() / "schema/report.xsd").string()) + " " +
                                            shell_quote(xml_path.string()));
            BOOST_TEST(valid.exit_code == 0, "the extracted XML does not validate: " << valid.err);
            const CommandResult a = run(hsdoc + " convert -q -o " + shell_quote((d.path() / "a").string()) + " " +
                                        shell_quote(input.string()));
            const CommandResult b = run(hsdoc + " convert -q -o " + shell_quote((d.path() / "b").string()) + " " +
                                        shell_quote(xml_path.string()));
            BOOST_REQUIRE_MESSAGE(a.exit_code == 0 && b.exit_code == 0, a.err << b.err);
            const std::string pdf = input.stem().string() + ".pdf";
            BOOST_TEST((read_file(d.path() / "a" / pdf) == read_file(d.path() / "b" / pdf)),
                       "the PDF of the extracted XML differs from the text's");
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
