// libFuzzer target: the style loader. load_style reads a path, so each input is written
// to a per-process temporary file; `extends` may name the bundled styles in the data folder.
#include "style/style.hpp"
#include "util/error.hpp"

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path =
        "/tmp/hsdoc-fuzz-style-" + std::to_string(static_cast<long>(getpid())) + ".xml";
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try {
        (void)hsdoc::style::load_style(path, HSDOC_SOURCE_DIR);
    } catch (const hsdoc::Error& e) {
        if (e.kind() == hsdoc::ErrorKind::internal) {
            std::abort();
        }
    }
    return 0;
}
