// hsdoc::Limits — how much work one input may ask for.
//
// hsdoc reads files nobody checked; each limit turns a runaway input (a 10 GB file, a
// 100,000-level XML nest, a 50,000-page document) into a clear Error(input) instead of a
// hang or an exhausted machine. The defaults are far above any real report; `hsdoc convert`
// raises each with the option named in the error (--max-input-bytes N …). read/ checks the
// input-side limits, layout/ the output-side ones. Limits never change the bytes of a PDF,
// only whether one is made.
#pragma once

#include "util/error.hpp"

#include <cstddef>
#include <string>

namespace hsdoc {

struct Limits {
    std::size_t input_bytes = 16u << 20;    // one input file, as read (--max-input-bytes)
    std::size_t paragraph_chars = 200000;   // code points in one line or paragraph
                                            // (--max-paragraph-chars)
    int xml_depth = 256;                    // element nesting of an XML report (--max-xml-depth)
    std::size_t xml_elements = 1000000;     // XML nodes in a report (--max-xml-elements)
    int pages = 2000;                       // pages of one PDF (--max-pages)
    std::size_t glyphs = 2000000;           // glyphs placed in one PDF (--max-glyphs)
};

// The Error(input) for going over a limit, naming the option that raises it in the message
// itself (the one line a batch log shows): "WHAT exceeds the limit of N (--OPTION)".
inline Error limit_error(const std::string& what, std::size_t limit, const std::string& option,
                         std::string file = {}, int line = 0, int column = 0) {
    return Error(ErrorKind::input,
                 what + " exceeds the limit of " + std::to_string(limit) + " (raise it with --" +
                     option + ")",
                 std::move(file), line, column);
}

}  // namespace hsdoc
