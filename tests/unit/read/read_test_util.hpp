// Helpers shared by the read/ tests.
#pragma once

#include "read/encoding.hpp"
#include "read/read.hpp"
#include "read/page_reader.hpp"
#include "support.hpp"
#include "util/utf8.hpp"

#include <string>
#include <vector>

namespace hsdoc::test {

// Reads text bytes the way read_document does, without the file-name title fallback, so a
// page with no title shows an empty title.
inline model::Document read_text_bytes(const std::string& bytes, const std::string& name = "t.txt") {
    return read::read_page(read::decode_bytes(bytes, name).text);
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

// The body as the lines it came from, the way the corpus labels count blocks: each list
// item, 附件说明 item, the signature's organ and date, and each attachment's 附件 line,
// title, subtitle and byline count as one.
inline std::vector<std::string> body_units(const model::Document& d) {
    std::vector<std::string> out;
    auto add_blocks = [&out](const std::vector<model::Block>& blocks) {
        for (const auto& b : blocks) {
            if (b.kind == model::BlockKind::signature) {
                for (const std::string& s : {b.text, b.date_text.empty() ? b.date : b.date_text}) {
                    if (!s.empty()) {
                        out.push_back(s);
                    }
                }
                continue;
            }
            if (!b.text.empty()) {
                out.push_back(b.text);
            }
            for (const auto& item : b.items) {
                out.push_back(item.text);
            }
        }
    };
    add_blocks(d.blocks);
    for (const auto& a : d.attachments) {
        if (a.marked) {
            out.push_back("附件" + a.number);
        }
        for (const std::string& s : {a.title, a.subtitle, a.byline}) {
            if (!s.empty()) {
                out.push_back(s);
            }
        }
        add_blocks(a.blocks);
    }
    return out;
}

}  // namespace hsdoc::test
