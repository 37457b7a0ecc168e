// UTF-8 helpers shared by all stages. Input is assumed valid UTF-8 (read/ guarantees it);
// invalid sequences decode to U+FFFD rather than reading past the end.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hsdoc::utf8 {

// Decodes the code point starting at byte `pos` and advances `pos` past it.
char32_t next(std::string_view s, std::size_t& pos);

void append(std::string& out, char32_t cp);

std::u32string to_u32(std::string_view s);
std::string from_u32(std::u32string_view s);

// Number of code points.
std::size_t length(std::string_view s);

}  // namespace hsdoc::utf8
