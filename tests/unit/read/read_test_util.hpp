// Helpers shared by the read/ tests.
#pragma once

#include "read/encoding.hpp"
#include "read/read.hpp"
#include "read/text_reader.hpp"
#include "support.hpp"
#include "util/utf8.hpp"

#include <string>
#include <vector>

namespace hsdoc::test {

// Reads text bytes the way read_document does, without the file-name title fallback, so a
// page with no title shows an empty title.
inline model::Document read_text_bytes(const std::string& bytes, const std::string& name = "t.txt") {
    return read::read_text(read::decode_bytes(bytes, name).text);
}

inline model::Document read_text_string(const std::string& text) {
    return read_text_bytes(text);
}

inline std::vector<std::string> block_texts(const model::Document& d) {
    std::vector<std::string> out;
    for (const auto& b : d.blocks) {
        out.push_back(b.text);
    }
    return out;
}

}  // namespace hsdoc::test
