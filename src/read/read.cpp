// read_document: decode, then the XML reader or the web-article text reader.
#include "read/read.hpp"

#include "read/encoding.hpp"
#include "read/page_reader.hpp"
#include "read/xml_reader.hpp"

#include <algorithm>
#include <cctype>

namespace hsdoc::read {
namespace {

// The encoding named in an XML declaration (<?xml version="1.0" encoding="GBK"?>), read
// from the raw bytes: every encoding we accept without a BOM is ASCII-compatible there.
std::string declared_encoding(std::string_view bytes) {
    std::size_t i = 0;
    if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        i = 3;
    }
    if (bytes.compare(i, 5, "<?xml") != 0) {
        return {};
    }
    const std::size_t end = bytes.find("?>", i);
    if (end == std::string_view::npos) {
        return {};
    }
    const std::string_view decl = bytes.substr(i, end - i);
    const std::size_t e = decl.find("encoding");
    if (e == std::string_view::npos) {
        return {};
    }
    const std::size_t q = decl.find_first_of("\"'", e);
    if (q == std::string_view::npos) {
        return {};
    }
    const std::size_t q2 = decl.find(decl[q], q + 1);
    if (q2 == std::string_view::npos) {
        return {};
    }
    return std::string(decl.substr(q + 1, q2 - q - 1));
}

bool starts_like_xml(const std::string& text) {
    const std::size_t i = text.find_first_not_of(" \t\n");
    if (i == std::string::npos || text[i] != '<' || i + 1 >= text.size()) {
        return false;
    }
    const char c = text[i + 1];
    return c == '?' || c == '!' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

void check_input_size(std::string_view bytes, const std::string& file_name,
                      const Limits& limits) {
    if (bytes.size() > limits.input_bytes) {
        throw limit_error("input of " + std::to_string(bytes.size()) + " bytes",
                          limits.input_bytes, "max-input-bytes", file_name);
    }
}

// The text reader matches labels and markers line by line; one line is one paragraph, so
// its length is the paragraph limit (a 200,000-character line is no web article).
void check_line_lengths(const std::string& text, const std::string& file_name,
                        const Limits& limits) {
    std::size_t chars = 0;
    int line = 1;
    for (const char c : text) {
        if (c == '\n') {
            chars = 0;
            ++line;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++chars > limits.paragraph_chars) {
            throw limit_error("line of more than " + std::to_string(limits.paragraph_chars) +
                                  " characters",
                              limits.paragraph_chars, "max-paragraph-chars", file_name, line);
        }
    }
}

}  // namespace

void check_url(const std::string& url) {
    std::string scheme = url.substr(0, url.find(':'));
    std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) { return std::tolower(c); });
    if ((scheme != "http" && scheme != "https") || url.find("://") == std::string::npos || url.size() > 2000) {
        throw Error(ErrorKind::input, "URL \"" + url.substr(0, 200) + "\" is not an http or https address");
    }
}

bool is_xml(std::string_view bytes) {
    std::string probe;
    for (char c : bytes.substr(0, 64)) {
        if (c != '\0' && c != '\xEF' && c != '\xBB' && c != '\xBF' && c != '\xFF' && c != '\xFE') {
            probe += c;
        }
    }
    return starts_like_xml(probe);
}

model::Document read_document(std::string_view bytes, const std::string& file_name,
                              std::vector<Error>* warnings, const Limits& limits) {
    if (bytes.empty()) {
        throw Error(ErrorKind::input, "empty input: no text to convert", file_name);
    }
    check_input_size(bytes, file_name, limits);
    Decoded d = decode_bytes(bytes, file_name, declared_encoding(bytes));
    if (warnings) {
        warnings->insert(warnings->end(), d.warnings.begin(), d.warnings.end());
    }
    if (starts_like_xml(d.text)) {
        std::vector<Error> errors;
        model::Document doc = parse_report(d.text, file_name, errors, limits);
        if (!errors.empty()) {
            throw errors.front();
        }
        if (!doc.meta.url.empty()) {
            check_url(doc.meta.url);
        }
        return doc;
    }
    check_line_lengths(d.text, file_name, limits);
    model::Document doc = read_page(d.text);
    if (!doc.meta.url.empty()) {
        check_url(doc.meta.url);
    }
    if (doc.meta.title.empty()) {
        // A page with no title (labels README: 005, 031) still converts; the PDF needs a
        // title for its metadata, so use the file's name and say so.
        std::string stem = file_name;
        const std::size_t slash = stem.find_last_of('/');
        if (slash != std::string::npos) {
            stem = stem.substr(slash + 1);
        }
        const std::size_t dot = stem.rfind('.');
        if (dot != std::string::npos && dot > 0) {
            stem = stem.substr(0, dot);
        }
        doc.meta.title = stem.empty() ? "untitled" : stem;
        doc.meta.title_from_file_name = true;
        if (warnings) {
            warnings->emplace_back(ErrorKind::input,
                                   "no title found; using the file name \"" + doc.meta.title +
                                       "\"",
                                   file_name);
        }
        doc.dropped.insert(doc.dropped.begin(),
                                model::DroppedLine{0, "no title: file name used", doc.meta.title});
    }
    if (doc.blocks.empty() && warnings) {
        warnings->emplace_back(ErrorKind::input, "no body text found", file_name);
    }
    return doc;
}

std::vector<Error> validate_xml(std::string_view bytes, const std::string& file_name,
                                const Limits& limits) {
    std::vector<Error> errors;
    try {
        if (bytes.empty()) {
            throw Error(ErrorKind::input, "empty input: no text to convert", file_name);
        }
        check_input_size(bytes, file_name, limits);
        Decoded d = decode_bytes(bytes, file_name, declared_encoding(bytes));
        if (!starts_like_xml(d.text)) {
            errors.emplace_back(ErrorKind::input,
                                "not XML: expected <report xmlns=\"urn:hsdoc:report:1\">",
                                file_name, 1, 1);
            return errors;
        }
        parse_report(d.text, file_name, errors, limits);
    } catch (const Error& e) {
        errors.push_back(e.with_file(file_name));
    }
    return errors;
}

}  // namespace hsdoc::read
