// libFuzzer target: the web-article text reader as `hsdoc extract` runs it (read_document,
// which decodes and picks the text reader for anything not XML, then write_xml).
// Any hsdoc::Error of kind input is a correct answer to bad bytes; anything else (a crash,
// a sanitizer report, another exception, an internal error) is a finding.
#include "read/read.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const hsdoc::model::Document doc = hsdoc::read::read_document(bytes, "fuzz.txt");
        (void)hsdoc::read::write_xml(doc);
    } catch (const hsdoc::Error& e) {
        if (e.kind() == hsdoc::ErrorKind::internal) {
            std::abort();
        }
    }
    return 0;
}
