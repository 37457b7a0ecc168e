// Private to read/: the urn:hsdoc:report:1 XML reader.
#pragma once

#include "model/model.hpp"
#include "util/error.hpp"

#include <string>
#include <vector>

namespace hsdoc::read {

inline constexpr const char* k_report_ns = "urn:hsdoc:report:1";

// Limits against hostile input (ANCHORS.md "Limit hostile input").
inline constexpr int k_max_xml_depth = 32;
inline constexpr std::size_t k_max_xml_elements = 200000;

// Parses decoded UTF-8 XML. Appends every problem to `errors` (line:column in code points);
// the Document is meaningful only when no error was added.
model::Document parse_report(const std::string& utf8, const std::string& file_name,
                             std::vector<Error>& errors);

}  // namespace hsdoc::read
