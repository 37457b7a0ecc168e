// write_xml: the model as an urn:hsdoc:report:1 document (schema/report.xsd).
//
// Written by hand rather than through pugixml so the bytes are fixed by this file alone:
// two-space indent, elements in schema order, empty fields omitted, "\n" line ends. The
// output is the golden format of tests/golden/*.model.xml.
#include "read/read.hpp"

#include "read/report_vocabulary.hpp"
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

void write_blocks(std::string& out, int indent, const std::vector<model::Block>& blocks) {
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    for (const model::Block& b : blocks) {
        switch (b.kind) {
        case model::BlockKind::heading:
            out += pad + "<heading level=\"" + std::to_string(b.level) + "\">" + escape(b.text, false) + "</heading>\n";
            break;
        case model::BlockKind::paragraph:
            out += pad + "<p>" + escape(b.text, false) + "</p>\n";
            break;
        case model::BlockKind::title:
            out += pad + "<title>" + escape(b.text, false) + "</title>\n";
            break;
        case model::BlockKind::addressee:
            out += pad + "<addressee>" + escape(b.text, false) + "</addressee>\n";
            break;
        case model::BlockKind::list:
            out += pad + "<list>\n";
            for (const model::Item& item : b.items) {
                leaf(out, indent + 2, "item", item.text);
            }
            out += pad + "</list>\n";
            break;
        case model::BlockKind::attachment_note:
            out += pad + "<attachment-note>\n";
            leaf(out, indent + 2, "item", b.text);
            for (const model::Item& item : b.items) {
                leaf(out, indent + 2, "item", item.text);
            }
            out += pad + "</attachment-note>\n";
            break;
        case model::BlockKind::attendance:
            out += pad + "<attendance role=\"" + escape(b.role, true) + "\">" + escape(b.text, false) +
                   "</attendance>\n";
            break;
        case model::BlockKind::signature:
            out += pad + "<signature>\n";
            leaf(out, indent + 2, "org", b.text);
            if (!b.date.empty()) {
                out += pad + "  <date";
                if (!b.date_text.empty()) {
                    out += " as-written=\"" + escape(b.date_text, true) + "\"";
                }
                out += ">" + b.date + "</date>\n";
            }
            out += pad + "</signature>\n";
            break;
        case model::BlockKind::note:
            out += pad + "<note>" + escape(b.text, false) + "</note>\n";
            break;
        }
    }
}

}  // namespace

std::string write_xml(const model::Document& doc) {
    if (doc.meta.title.empty()) {
        throw Error(ErrorKind::internal, "write_xml: document has no title (please report this)");
    }
    const model::Meta& m = doc.meta;
    std::string out;
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<report xmlns=\"urn:hsdoc:report:1\" xml:lang=\"" + escape(m.lang, true) + "\">\n";
    out += "  <meta>\n";
    for (const MetaElement& e : k_meta_elements) {
        const std::string name = e.name;
        if (name == "title" && m.title_from_file_name) {
            out += "    <title from=\"file-name\">" + escape(m.title, false) + "</title>\n";
        } else if (name == "channel" && !m.channel.empty()) {
            out += "    <channel>\n";
            for (const std::string& item : m.channel) {
                leaf(out, 6, "item", item);
            }
            out += "    </channel>\n";
        } else if (name == "credit") {
            for (const std::string& c : m.credits) {
                leaf(out, 4, "credit", c);
            }
        } else if (e.field) {
            leaf(out, 4, e.name, m.*(e.field));
        }
    }
    out += "  </meta>\n";
    if (doc.blocks.empty()) {
        out += "  <body/>\n";
    } else {
        out += "  <body>\n";
        write_blocks(out, 4, doc.blocks);
        out += "  </body>\n";
    }
    for (const model::Attachment& a : doc.attachments) {
        out += "  <attachment";
        if (!a.marked) {
            out += " marked=\"false\"";
        } else if (!a.number.empty()) {
            out += " n=\"" + escape(a.number, true) + "\"";
        }
        out += ">\n";
        leaf(out, 4, "title", a.title);
        leaf(out, 4, "subtitle", a.subtitle);
        leaf(out, 4, "byline", a.byline);
        write_blocks(out, 4, a.blocks);
        out += "  </attachment>\n";
    }
    if (!doc.dropped.empty()) {
        out += "  <dropped>\n";
        for (const model::DroppedLine& d : doc.dropped) {
            out += "    <line n=\"" + std::to_string(d.line) + "\" reason=\"" + escape(d.reason, true) + "\">" +
                   escape(d.text, false) + "</line>\n";
        }
        out += "  </dropped>\n";
    }
    out += "</report>\n";
    return out;
}

}  // namespace hsdoc::read
