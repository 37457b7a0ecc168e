// libFuzzer target: the XML report reader, through both entry points users reach
// (read_document for convert, validate_xml for validate). A report that reads without error
// is written back with write_xml and must read again: extract's output is valid input.
#include "read/read.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    (void)hsdoc::read::validate_xml(bytes, "fuzz.xml");
    hsdoc::model::Document doc;
    try {
        doc = hsdoc::read::read_document(bytes, "fuzz.xml");
    } catch (const hsdoc::Error& e) {
        if (e.kind() == hsdoc::ErrorKind::internal) {
            std::abort();
        }
        return 0;
    }
    if (hsdoc::read::is_xml(bytes)) {
        const std::string xml = hsdoc::read::write_xml(doc);
        (void)hsdoc::read::read_document(xml, "fuzz-extract.xml");  // throws: a finding
    }
    return 0;
}
