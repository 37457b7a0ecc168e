// hsdoc::read — input bytes to model::Document.
//
// In: the raw bytes of one input (a web-article text page or an XML report in the
// urn:hsdoc:report:1 vocabulary, schema/report.xsd) and the name to report errors against.
// Encodings: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, GB18030/GBK; CRLF and CR.
// Out: a Document whose text is UTF-8, free of control characters, with punctuation
// normalised (ASCII , : ; ( ) ? ! inside Chinese text made full width, ―― → ——, ・ → ·;
// never NFKC); later stages trust it.
// Never: reads files (batch/ does), resolves external entities, expands DTD entities
// (a DOCTYPE is an error), or crashes on bad bytes — bad input is an hsdoc::Error of kind
// input naming file, line and column (or the byte offset for undecodable bytes).
#pragma once

#include "model/model.hpp"
#include "util/error.hpp"
#include "util/limits.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace hsdoc::read {

// Reads text or XML, chosen by content (an XML declaration or a root element), not by name.
// Throws Error(input) for an empty or binary file, undecodable bytes, malformed XML, unknown
// elements, a missing title or a URL that is no web address, and for input over `limits` (input_bytes, paragraph_chars,
// xml_depth, xml_elements; the message names the option raising it). Non-fatal findings
// (control, bidi-override and zero-width characters removed) go to `warnings` when given.
// What the text reader cut is listed in doc.dropped.
model::Document read_document(std::string_view bytes, const std::string& file_name,
                              std::vector<Error>* warnings = nullptr, const Limits& limits = {});

// True when the bytes look like an XML document rather than article text.
bool is_xml(std::string_view bytes);

// Throws Error(input) unless `url` is an http or https address of at most 2,000 bytes: only
// web links go into QR codes and link annotations (javascript:, file: … are refused).
void check_url(const std::string& url);

// Every problem of an XML report (well-formedness, then vocabulary and content), each with
// file, line and column; empty when the file is valid. Never throws for bad input.
std::vector<Error> validate_xml(std::string_view bytes, const std::string& file_name,
                                const Limits& limits = {});

// The XML that `hsdoc extract` prints; reading it back gives the same Document, apart from
// source line numbers. Dropped lines appear in a trailing <dropped> element, credits as
// <credit> in <meta>; both are informational and never typeset.
std::string write_xml(const model::Document& doc);

}  // namespace hsdoc::read
