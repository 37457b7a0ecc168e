// Private to read/: bytes in any of the encodings users' crawlers produce -> UTF-8.
#pragma once

#include "util/error.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace hsdoc::read {

enum class Encoding { utf8, utf8_bom, utf16le, utf16be, gb18030 };

const char* encoding_name(Encoding e);

struct Decoded {
    std::string text;  // UTF-8, line ends normalised to "\n", no BOM, no C0 controls but tab/LF
    Encoding encoding = Encoding::utf8;
    std::vector<Error> warnings;
};

// Detects the encoding (BOM, then strict UTF-8, then GB18030) and decodes. `declared` is an
// encoding name taken from an XML declaration, tried before GB18030 when given.
// Throws Error(input) for an empty or binary file, or bytes valid in no supported encoding;
// the message names the byte offset.
Decoded decode_bytes(std::string_view bytes, const std::string& file_name,
                     const std::string& declared = {});

// Byte offset of the first byte that is not part of a well-formed UTF-8 sequence
// (overlongs and surrogates rejected), or npos. Exposed for unit testing.
std::size_t first_invalid_utf8(std::string_view bytes);

// Converts with iconv; returns false and sets `bad_offset` on an invalid sequence.
bool iconv_to_utf8(std::string_view bytes, const char* from, std::string& out,
                   std::size_t& bad_offset);

}  // namespace hsdoc::read
