// write_xml: the model as an urn:hsdoc:report:1 document (schema/report.xsd).
//
// Written by hand rather than through pugixml so the bytes are fixed by this file alone:
// two-space indent, elements in schema order, empty fields omitted, "\n" line ends. The
// output is the golden format of tests/golden/*.model.xml.
#include "read/read.hpp"

#include "util/error.hpp"

namespace hsdoc::read {
namespace {

std::string escape(const std::string& s, bool attribute) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += attribute ? "&quot;" : "\"";
            break;
        case '\n':
            out += attribute ? "&#10;" : "\n";
            break;
        case '\t':
            out += attribute ? "&#9;" : "\t";
            break;
        default:
            out += c;
        }
    }
    return out;
}

void leaf(std::string& out, int indent, const char* name, const std::string& text) {
    if (text.empty()) {
        return;
    }
    out.append(static_cast<std::size_t>(indent), ' ');
    out += "<";
    out += name;
    out += ">";
    out += escape(text, false);
    out += "</";
    out += name;
    out += ">\n";
}

}  // namespace

std::string write_xml(const model::Document& doc) {
    if (doc.meta.title.empty()) {
        throw Error(ErrorKind::internal,
                    "write_xml: document has no title (please report this)");
    }
    const model::Meta& m = doc.meta;
    std::string out;
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<report xmlns=\"urn:hsdoc:report:1\" xml:lang=\"zh-CN\">\n";
    out += "  <meta>\n";
    if (m.title_from_file_name) {
        out += "    <title from=\"file-name\">" + escape(m.title, false) + "</title>\n";
    } else {
        leaf(out, 4, "title", m.title);
    }
    leaf(out, 4, "subtitle", m.subtitle);
    leaf(out, 4, "issuer", m.issuer);
    leaf(out, 4, "doc-number", m.doc_number);
    leaf(out, 4, "published", m.published);
    leaf(out, 4, "source", m.source);
    leaf(out, 4, "author", m.author);
    leaf(out, 4, "editor", m.editor);
    if (!m.channel.empty()) {
        out += "    <channel>\n";
        for (const std::string& item : m.channel) {
            leaf(out, 6, "item", item);
        }
        out += "    </channel>\n";
    }
    leaf(out, 4, "url", m.url);
    leaf(out, 4, "cc", m.cc);
    leaf(out, 4, "printer", m.printer);
    leaf(out, 4, "print-date", m.print_date);
    for (const std::string& c : m.credits) {
        leaf(out, 4, "credit", c);
    }
    out += "  </meta>\n";
    if (doc.blocks.empty()) {
        out += "  <body/>\n";
    } else {
        out += "  <body>\n";
    }
    for (const model::Block& b : doc.blocks) {
        switch (b.kind) {
        case model::BlockKind::heading:
            out += "    <heading level=\"" + std::to_string(b.level) + "\">" +
                   escape(b.text, false) + "</heading>\n";
            break;
        case model::BlockKind::paragraph:
            out += "    <p>" + escape(b.text, false) + "</p>\n";
            break;
        case model::BlockKind::attendance:
            out += "    <attendance role=\"" + escape(b.role, true) + "\">" +
                   escape(b.text, false) + "</attendance>\n";
            break;
        case model::BlockKind::signature:
            out += "    <signature>\n";
            leaf(out, 6, "org", b.text);
            leaf(out, 6, "date", b.date);
            out += "    </signature>\n";
            break;
        case model::BlockKind::note:
            out += "    <note>" + escape(b.text, false) + "</note>\n";
            break;
        }
    }
    if (!doc.blocks.empty()) {
        out += "  </body>\n";
    }
    if (!m.dropped.empty()) {
        out += "  <dropped>\n";
        for (const model::DroppedLine& d : m.dropped) {
            out += "    <line n=\"" + std::to_string(d.line) + "\" reason=\"" +
                   escape(d.reason, true) + "\">" + escape(d.text, false) + "</line>\n";
        }
        out += "  </dropped>\n";
    }
    out += "</report>\n";
    return out;
}

}  // namespace hsdoc::read
