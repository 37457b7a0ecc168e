// UTF-8 and hashing helpers shared by every stage.
#include "support.hpp"
#include "util/hash.hpp"
#include "util/utf8.hpp"

using namespace hsdoc;

BOOST_AUTO_TEST_SUITE(util)

BOOST_AUTO_TEST_CASE(utf8_round_trips_every_plane) {
    const std::u32string text = U"A·一〇\U00020000";
    const std::string bytes = utf8::from_u32(text);
    BOOST_TEST(bytes.size() == 1u + 2 + 3 + 3 + 4);
    BOOST_TEST((utf8::to_u32(bytes) == text));
    BOOST_TEST(utf8::length(bytes) == 5u);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_decodes_to_replacement_characters_without_overrunning) {
    BOOST_TEST((utf8::to_u32(std::string("\xE4\xB8", 2)) == U"\uFFFD"));  // cut short
    BOOST_TEST((utf8::to_u32(std::string("\xFF" "a")) == U"\uFFFDa"));
    BOOST_TEST((utf8::to_u32(std::string("\xE4" "ab")) == U"\uFFFDab"));  // the letters survive
}

BOOST_AUTO_TEST_CASE(sha256_matches_the_standard_test_vector) {
    BOOST_TEST(hash::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    BOOST_TEST(hash::sha256("abc").size() == 32u);
}

BOOST_AUTO_TEST_CASE(fnv1a64_matches_the_reference_values) {
    BOOST_TEST(hash::fnv1a64("") == 0xcbf29ce484222325ULL);
    BOOST_TEST(hash::fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
}

BOOST_AUTO_TEST_SUITE_END()
