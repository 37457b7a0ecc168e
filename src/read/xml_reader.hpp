// Private to read/: the urn:hsdoc:report:1 XML reader.
#pragma once

#include "model/model.hpp"
#include "util/error.hpp"
#include "util/limits.hpp"

#include <string>
#include <vector>

namespace hsdoc::read {

inline constexpr const char* k_report_ns = "urn:hsdoc:report:1";

// Parses decoded UTF-8 XML. Appends every problem to `errors` (line:column in code points);
// the Document is meaningful only when no error was added. Nesting deeper than
// limits.xml_depth, more than limits.xml_elements nodes and a text block longer than
// limits.paragraph_chars are errors (ANCHORS.md "Limit hostile input").
model::Document parse_report(const std::string& utf8, const std::string& file_name,
                             std::vector<Error>& errors, const Limits& limits = {});

}  // namespace hsdoc::read
