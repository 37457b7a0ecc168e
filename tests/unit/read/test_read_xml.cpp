// The XML reader: errors name file:line:column, one clear line each; nothing external is
// read and no entity is expanded; GBK-declared XML is transcoded.
#include "read_test_util.hpp"

#include <iconv.h>

using namespace hsdoc;

namespace {

std::string located_error(const std::string& bytes, const std::string& name) {
    try {
        read::read_document(bytes, name);
    } catch (const Error& e) {
        BOOST_TEST((e.kind() == ErrorKind::input));
        return e.located();
    }
    return "no error";
}

std::string example(const std::string& rel) {
    return test::read_file(test::source_dir() / "tests/corpus/xml" / rel);
}

// The UTF-8 text in another encoding (iconv), as a legacy system would write it.
std::string transcode(const std::string& utf8, const char* encoding) {
    iconv_t cd = iconv_open(encoding, "UTF-8");
    std::string out(utf8.size() * 2, '\0');
    char* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size();
    char* o = out.data();
    std::size_t out_left = out.size();
    iconv(cd, &in, &in_left, &o, &out_left);
    iconv_close(cd);
    out.resize(out.size() - out_left);
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(read_xml)

BOOST_AUTO_TEST_CASE(minutes_example_reads_every_element) {
    const auto d = read::read_document(
        test::read_file(test::source_dir() / "inputs/minutes-example.xml"), "minutes-example.xml");
    BOOST_TEST(d.meta.title == "区政府第五次常务会议纪要");
    BOOST_TEST(d.meta.doc_number == "第5期");
    BOOST_TEST(d.meta.print_date == "2023-02-05");
    BOOST_TEST(d.meta.url.rfind("https://", 0) == 0u);
    BOOST_TEST(!d.meta.cc.empty());
    BOOST_TEST(!d.meta.printer.empty());
    int headings = 0;
    int attendance = 0;
    for (const auto& b : d.blocks) {
        headings += b.kind == model::BlockKind::heading ? 1 : 0;
        attendance += b.kind == model::BlockKind::attendance ? 1 : 0;
    }
    BOOST_TEST(headings == 4);
    BOOST_TEST(attendance == 3);
    // Attendance follows the text, 出席 → 请假 → 列席 (docs/spec/gbt9704.md §10.3); minutes
    // carry no 署名 here.
    BOOST_TEST((d.blocks.back().kind == model::BlockKind::note));
    BOOST_TEST(d.blocks[d.blocks.size() - 2].role == "列席");
    // A paragraph wrapped by hand: the line break between Chinese characters disappears.
    BOOST_TEST(d.blocks[2].text.find(' ') == std::string::npos);
    BOOST_TEST(d.blocks[2].text.find("总基调，扎实") != std::string::npos);
    // 1,250 stays ASCII inside the number.
    BOOST_TEST(d.blocks[6].text.find("1,250万元") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(signature_has_organ_and_date) {
    const auto d = read::read_document(example("valid/notice-with-signature.xml"), "n.xml");
    const auto& sig = d.blocks.at(d.blocks.size() - 2);
    BOOST_TEST((sig.kind == model::BlockKind::signature));
    BOOST_TEST(sig.text == "赫山区人民政府办公室");
    BOOST_TEST(sig.date == "2023-02-05");
    BOOST_TEST(d.blocks.back().text == "（此件公开发布）");
}

BOOST_AUTO_TEST_CASE(malformed_xml_names_file_line_and_column) {
    const std::string e = located_error(example("invalid/malformed.xml"), "bad.xml");
    BOOST_TEST(e.rfind("bad.xml:", 0) == 0u, e);
    BOOST_TEST(e.find("malformed XML") != std::string::npos, e);
    BOOST_TEST(e.find('\n') == std::string::npos);
}

BOOST_AUTO_TEST_CASE(unknown_element_has_position_and_hint) {
    std::vector<Error> errors = read::validate_xml(example("invalid/unknown-element.xml"), "u.xml");
    BOOST_REQUIRE(errors.size() == 1u);
    BOOST_TEST(errors[0].located() == "u.xml:7:5: unknown element <agendum> in <body>");
}

BOOST_AUTO_TEST_CASE(did_you_mean_for_a_misspelt_element) {
    const std::string xml =
        "<report xmlns=\"urn:hsdoc:report:1\"><meta><title>t</title><pubished>2023-01-01"
        "</pubished></meta><body/></report>";
    const auto errors = read::validate_xml(xml, "m.xml");
    BOOST_REQUIRE(errors.size() == 1u);
    BOOST_TEST(errors[0].hint() == "did you mean <published>?");
}

BOOST_AUTO_TEST_CASE(missing_title_is_an_error) {
    const std::string e = located_error(example("invalid/missing-title.xml"), "t.xml");
    BOOST_TEST(e == "t.xml:3:3: missing <title> in <meta>");
}

BOOST_AUTO_TEST_CASE(validate_reports_every_problem) {
    const std::string xml =
        "<report xmlns=\"urn:hsdoc:report:1\">\n<meta>\n<published>yesterday</published>\n"
        "</meta>\n<body>\n<heading level=\"9\">一、</heading>\n<x/>\n</body>\n</report>\n";
    const auto errors = read::validate_xml(xml, "v.xml");
    BOOST_TEST(errors.size() == 4u);  // published, missing title, level, unknown <x>
    for (const auto& e : errors) {
        BOOST_TEST(e.line() > 0);
        BOOST_TEST(e.column() > 0);
    }
}

BOOST_AUTO_TEST_CASE(column_counts_code_points) {
    const std::string xml =
        "<report xmlns=\"urn:hsdoc:report:1\"><meta><title>标题</title></meta><body>\n"
        "<p>中文</p><q/></body></report>";
    const auto errors = read::validate_xml(xml, "c.xml");
    BOOST_REQUIRE(errors.size() == 1u);
    BOOST_TEST(errors[0].line() == 2);
    BOOST_TEST(errors[0].column() == 10);
}

BOOST_AUTO_TEST_CASE(doctype_and_entities_are_refused_without_expansion) {
    const std::string e = located_error(example("invalid/entity-expansion.xml"), "x.xml");
    BOOST_TEST(e.rfind("x.xml:2:1: DOCTYPE is not allowed", 0) == 0u, e);
    const std::string undefined =
        "<report xmlns=\"urn:hsdoc:report:1\"><meta><title>&ent;</title></meta><body/></report>";
    BOOST_TEST(located_error(undefined, "y.xml") == "y.xml:1:49: undefined entity &ent;");
}

BOOST_AUTO_TEST_CASE(predefined_and_character_references_are_fine) {
    const std::string xml =
        "<report xmlns=\"urn:hsdoc:report:1\"><meta><title>A&amp;B&#x4E2D;&#25991;</title>"
        "</meta><body/></report>";
    BOOST_TEST(read::read_document(xml, "ok.xml").meta.title == "A&B中文");
}

BOOST_AUTO_TEST_CASE(gbk_declared_xml_is_transcoded) {
    const std::string utf8 =
        "<?xml version=\"1.0\" encoding=\"GBK\"?>\n<report xmlns=\"urn:hsdoc:report:1\">"
        "<meta><title>赫山区政府会议</title></meta><body><p>会议还研究了其他事项。</p></body></report>\n";
    const auto d = read::read_document(transcode(utf8, "GBK"), "gbk.xml");
    BOOST_TEST(d.meta.title == "赫山区政府会议");
    BOOST_TEST(d.blocks.at(0).text == "会议还研究了其他事项。");
}

BOOST_AUTO_TEST_CASE(depth_limit_is_a_clear_error) {
    std::string xml = "<report xmlns=\"urn:hsdoc:report:1\"><meta><title>t</title></meta><body>";
    for (int i = 0; i < 100; ++i) {
        xml += "<p>";
    }
    const std::string e = located_error(xml, "deep.xml");
    BOOST_TEST(e.find("deep.xml:1:") == 0u, e);
}

BOOST_AUTO_TEST_CASE(every_invalid_example_is_one_line) {
    for (const char* name : {"invalid/bad-date.xml", "invalid/inline-markup.xml",
                             "invalid/wrong-namespace.xml", "invalid/heading-level.xml"}) {
        const std::string e = located_error(example(name), name);
        BOOST_TEST(e.rfind(std::string(name) + ":", 0) == 0u, e);
        BOOST_TEST(e.find('\n') == std::string::npos);
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(read_xml_encodings)

BOOST_AUTO_TEST_CASE(big5_declared_xml_is_transcoded) {
    const std::string utf8 =
        "<?xml version=\"1.0\" encoding=\"Big5\"?>\n<report xmlns=\"urn:hsdoc:report:1\">"
        "<meta><title>業務檢討會議</title></meta><body/></report>\n";
    BOOST_TEST(read::read_document(transcode(utf8, "BIG5"), "big5.xml").meta.title == "業務檢討會議");
}

BOOST_AUTO_TEST_CASE(unknown_declared_encoding_is_a_clear_error) {
    const std::string xml =
        "<?xml version=\"1.0\" encoding=\"x-klingon\"?>\n<report xmlns=\"urn:hsdoc:report:1\"/>";
    const auto errors = read::validate_xml(xml, "k.xml");
    BOOST_REQUIRE(errors.size() == 1u);
    BOOST_TEST(errors[0].located() == "k.xml:1:1: unsupported encoding \"x-klingon\"");
}

BOOST_AUTO_TEST_SUITE_END()
