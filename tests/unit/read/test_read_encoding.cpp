// Encodings: GB18030, UTF-16 and BOM/CRLF versions of the seed read as the UTF-8 seed;
// empty and binary files and undecodable bytes are one clear error naming the file.
#include "read_test_util.hpp"

#include <iconv.h>

using namespace hsdoc;

namespace {

std::string seed() {
    return test::read_file(test::source_dir() / "inputs/000_d03afc9d16656354.txt");
}

std::string convert(const std::string& utf8, const char* to) {
    iconv_t cd = iconv_open(to, "UTF-8");
    BOOST_REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string out(utf8.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size();
    char* o = out.data();
    std::size_t out_left = out.size();
    BOOST_REQUIRE(iconv(cd, &in, &in_left, &o, &out_left) != static_cast<std::size_t>(-1));
    iconv_close(cd);
    out.resize(out.size() - out_left);
    return out;
}

std::string with_line_ends(const std::string& s, const std::string& eol) {
    std::string out;
    for (char c : s) {
        if (c == '\n') {
            out += eol;
        } else {
            out += c;
        }
    }
    return out;
}

std::string extract(const std::string& bytes) {
    return read::write_xml(read::read_document(bytes, "seed.txt"));
}

std::string error_of(const std::string& bytes, const std::string& name) {
    try {
        read::read_document(bytes, name);
    } catch (const Error& e) {
        return e.located();
    }
    return "no error";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(read_encoding)

BOOST_AUTO_TEST_CASE(gb18030_utf16_bom_and_crlf_give_the_same_document) {
    const std::string want = extract(seed());
    BOOST_TEST(extract(convert(seed(), "GB18030")) == want);
    BOOST_TEST(extract(convert(seed(), "GBK")) == want);
    BOOST_TEST(extract("\xFF\xFE" + convert(seed(), "UTF-16LE")) == want);
    BOOST_TEST(extract("\xFE\xFF" + convert(seed(), "UTF-16BE")) == want);
    BOOST_TEST(extract("\xEF\xBB\xBF" + seed()) == want);
    BOOST_TEST(extract(with_line_ends(seed(), "\r\n")) == want);
    BOOST_TEST(extract("\xEF\xBB\xBF" + with_line_ends(seed(), "\r\n")) == want);
    BOOST_TEST(extract(with_line_ends(seed(), "\r")) == want);
    BOOST_TEST(extract("\xFF\xFE" + convert(with_line_ends(seed(), "\r\n"), "UTF-16LE")) == want);
}

BOOST_AUTO_TEST_CASE(detected_encoding_is_reported) {
    BOOST_TEST((read::decode_bytes(convert(seed(), "GB18030"), "s").encoding ==
                read::Encoding::gb18030));
    BOOST_TEST((read::decode_bytes(seed(), "s").encoding == read::Encoding::utf8));
    BOOST_TEST((read::decode_bytes("\xFE\xFF" + convert("中", "UTF-16BE"), "s").encoding ==
                read::Encoding::utf16be));
}

BOOST_AUTO_TEST_CASE(empty_file_is_one_clear_error) {
    BOOST_TEST(error_of("", "empty.txt") == "empty.txt: empty input: no text to convert");
    BOOST_TEST(error_of(" \n\r\n\t", "blank.txt") == "blank.txt: empty input: no text to convert");
    BOOST_TEST(error_of("\xEF\xBB\xBF", "bom.txt") == "bom.txt: empty input: no text to convert");
}

BOOST_AUTO_TEST_CASE(binary_file_is_one_clear_error) {
    std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20);
    BOOST_TEST(error_of(png, "image.txt") ==
               "image.txt: binary file: NUL byte at byte offset 8; expected text or XML");
}

BOOST_AUTO_TEST_CASE(executable_is_binary_not_utf16) {
    const std::string elf("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3E\0\x01\0\0\0"
                          "\x10\x6B\0\0\0\0\0\0\x40\0\0\0\0\0\0\0", 40);
    BOOST_TEST(error_of(elf, "prog.txt") ==
               "prog.txt: binary file: NUL byte at byte offset 7; expected text or XML");
    const std::string u16 = convert("Meeting minutes of the district government", "UTF-16LE");
    BOOST_TEST(error_of(u16, "u.txt").find("UTF-16 without a byte order mark") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(invalid_bytes_name_the_byte_offset) {
    // Valid UTF-8, then a lone continuation byte and an 0xFF that GB18030 rejects too.
    const std::string bad = "会议\x80\xFF";
    const std::string e = error_of(bad, "bad.txt");
    BOOST_TEST(e.rfind("bad.txt: invalid bytes at byte offset 6", 0) == 0u, e);
}

BOOST_AUTO_TEST_CASE(invalid_utf16_is_an_error_not_a_crash) {
    const std::string lone_surrogate = std::string("\xFF\xFE") + std::string("\x00\xD8\x41\x00", 4);
    BOOST_TEST(error_of(lone_surrogate, "u16.txt").find("unpaired surrogate") != std::string::npos);
    BOOST_TEST(error_of("\xFF\xFE\x41", "odd.txt").find("odd number of bytes") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(control_characters_are_removed_with_a_warning) {
    std::vector<Error> warnings;
    const auto d = read::read_document("区政府召开会议\n\n正文\x07第一段。\n", "c.txt", &warnings);
    BOOST_TEST(d.blocks.at(0).text == "正文第一段。");
    BOOST_TEST(warnings.size() == 1u);
    const auto e = read::read_document("区政府召开会议\n\n正文\xEF\xBF\xBF\xC2\x85第一段。\n", "c.txt");
    BOOST_TEST(e.blocks.at(0).text == "正文第一段。");
    BOOST_TEST(read::validate_xml(read::write_xml(e), "x.xml").empty());
}

BOOST_AUTO_TEST_CASE(utf8_validator_rejects_overlongs_and_surrogates) {
    BOOST_TEST(read::first_invalid_utf8("abc") == std::string::npos);
    BOOST_TEST(read::first_invalid_utf8("a\xC0\xAF") == 1u);
    BOOST_TEST(read::first_invalid_utf8("ab\xED\xA0\x80") == 2u);
    BOOST_TEST(read::first_invalid_utf8("\xE4\xB8") == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
