// The manifest: deterministic JSON that round-trips.
#include "batch/manifest.hpp"
#include "support.hpp"

using namespace hsdoc::batch;

namespace {

Entry entry(const std::string& input, Status status) {
    Entry e;
    e.input = input;
    e.output = "out/" + input + ".pdf";
    e.status = status;
    e.pages = 2;
    e.title = "关于召开会议的通知";
    e.published = "2023-02-04T20:37";
    e.input_sha256 = std::string(64, 'a');
    e.output_sha256 = status == Status::failed ? "" : std::string(64, 'b');
    e.error = status == Status::failed ? input + ":3:5: unexpected end" : "";
    e.version = "0.1.0";
    e.options.issuer = "某某市人民政府";
    return e;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(batch_manifest)

BOOST_AUTO_TEST_CASE(entries_are_sorted_by_input_and_round_trip) {
    Manifest m;
    m.version = "0.1.0";
    m.shard = {2, 3};
    m.entries = {entry("b", Status::ok), entry("a", Status::failed), entry("c", Status::skipped)};
    std::string json = to_json(m);
    BOOST_TEST(json.find("\"a\"") < json.find("\"b\""));
    BOOST_TEST(json.find("\"b\"") < json.find("\"c\""));
    BOOST_TEST(json.back() == '\n');
    BOOST_TEST(json.find("\"shard\": \"2/3\"") != std::string::npos);

    Manifest back = parse_manifest(json, "m.json");
    BOOST_REQUIRE(back.entries.size() == 3);
    const Entry& a = back.entries[0];
    BOOST_TEST(a.input == "a");
    BOOST_TEST(a.status == Status::failed);
    BOOST_TEST(a.error == "a:3:5: unexpected end");
    BOOST_TEST(a.output_sha256.empty());
    const Entry& b = back.entries[1];
    BOOST_TEST(b.status == Status::ok);
    BOOST_TEST(b.title == "关于召开会议的通知");
    BOOST_TEST(b.pages == 2);
    BOOST_TEST(b.output_sha256 == std::string(64, 'b'));
    BOOST_TEST(b.options.issuer == "某某市人民政府");
    BOOST_TEST(b.version == "0.1.0");
    BOOST_TEST(back.entries[2].status == Status::skipped);
    BOOST_TEST(back.complete);
    // The same manifest gives the same bytes: no clocks, a fixed order.
    BOOST_TEST(to_json(back).size() > 0);
    back.shard = m.shard;
    back.version = m.version;
    BOOST_TEST(to_json(back) == json);
}

BOOST_AUTO_TEST_CASE(checkpoint_is_marked_incomplete_with_pending_entries) {
    Manifest m;
    m.complete = false;
    m.entries = {entry("a", Status::ok), entry("b", Status::pending)};
    std::string json = to_json(m);
    BOOST_TEST(json.find("\"complete\": false") != std::string::npos);
    BOOST_TEST(json.find("\"status\": \"pending\"") != std::string::npos);
    Manifest back = parse_manifest(json, "m.json");
    BOOST_TEST(!back.complete);
    BOOST_TEST(back.entries[1].status == Status::pending);
}

BOOST_AUTO_TEST_CASE(absent_values_are_null) {
    Manifest m;
    m.entries = {entry("a", Status::failed)};
    std::string json = to_json(m);
    BOOST_TEST(json.find("\"output_sha256\": null") != std::string::npos);
    m.entries = {entry("a", Status::ok)};
    BOOST_TEST(to_json(m).find("\"error\": null") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(not_a_manifest_is_an_input_error_naming_the_file) {
    for (const char* text : {"", "{", "[]", "{\"hsdoc_manifest\": 2, \"entries\": []}",
                             "{\"hsdoc_manifest\": 1, \"entries\": [{\"pages\": \"x\", "
                             "\"options\": {\"style\": 3}}]}"}) {
        try {
            parse_manifest(text, "m.json");
            BOOST_FAIL("expected an error for " << text);
        } catch (const hsdoc::Error& e) {
            BOOST_TEST(e.file() == "m.json");
            BOOST_TEST(static_cast<int>(e.kind()) == static_cast<int>(hsdoc::ErrorKind::input));
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
