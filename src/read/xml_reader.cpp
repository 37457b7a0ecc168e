// The XML report reader (schema/report.xsd is the contract; this file enforces the same
// rules so `hsdoc validate` and xmllint agree, and adds content checks the XSD cannot make).
//
// pugixml is used without DTD processing: a DOCTYPE is refused outright and entity
// references other than the five predefined ones and character references are errors, so
// no entity is ever expanded and nothing external is ever read.
#include "read/xml_reader.hpp"

#include "read/dates.hpp"
#include "read/report_vocabulary.hpp"
#include "read/punct.hpp"
#include "util/utf8.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

namespace hsdoc::read {
namespace {

// Maps byte offsets of the decoded buffer to 1-based line and column (code points).
class Locator {
public:
    explicit Locator(const std::string& text) : m_text(text) {
        m_starts.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n') {
                m_starts.push_back(i + 1);
            }
        }
    }

    void locate(std::ptrdiff_t offset, int& line, int& column) const {
        if (offset < 0) {
            line = 0;
            column = 0;
            return;
        }
        const auto off = std::min(static_cast<std::size_t>(offset), m_text.size());
        const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), off);
        const std::size_t start = *(it - 1);
        line = static_cast<int>(it - m_starts.begin());
        column = 1;
        for (std::size_t i = start; i < off; ++i) {
            if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80) {
                ++column;
            }
        }
    }

private:
    const std::string& m_text;
    std::vector<std::size_t> m_starts;
};

int edit_distance(const std::string& a, const std::string& b) {
    std::vector<int> prev(b.size() + 1);
    std::vector<int> cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        prev[j] = static_cast<int>(j);
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1,
                               prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::string did_you_mean(const std::string& name, const std::vector<const char*>& allowed) {
    std::string best;
    int best_d = 3;
    for (const char* a : allowed) {
        const int d = edit_distance(name, a);
        if (d < best_d) {
            best_d = d;
            best = a;
        }
    }
    return best.empty() ? std::string{} : "did you mean <" + best + ">?";
}

const std::vector<const char*> k_block_elements = {
    "heading", "p", "title", "addressee", "list", "attendance", "attachment-note", "signature", "note"};
const std::initializer_list<const char*> k_roles = {"出席", "请假", "列席", "参加人员"};

bool is_cjk_for_join(char32_t c) { return is_chinese_context(c); }

// Text of a leaf element as the model wants it: hand-indented XML may wrap a paragraph, so
// whitespace runs with a line break disappear between Chinese characters and become one
// space elsewhere; leading and trailing whitespace goes. Punctuation as for text input.
std::string leaf_text(const std::string& raw) {
    const std::u32string s = utf8::to_u32(raw);
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        const char32_t c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            std::size_t j = i;
            bool newline = false;
            while (j < s.size() && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r')) {
                newline = newline || s[j] == '\n' || s[j] == '\r';
                ++j;
            }
            if (out.empty() || j == s.size()) {
                i = j;
                continue;
            }
            if (!newline) {
                out.append(s, i, j - i);
            } else if (!(is_cjk_for_join(out.back()) && is_cjk_for_join(s[j]))) {
                out += ' ';
            }
            i = j;
            continue;
        }
        out += c;
        ++i;
    }
    // Indents typed as U+3000 or &#160; are layout, not text (as in the text reader).
    std::size_t b = 0;
    std::size_t e = out.size();
    while (b < e && (out[b] == 0x3000 || out[b] == 0xA0)) {
        ++b;
    }
    while (e > b && (out[e - 1] == 0x3000 || out[e - 1] == 0xA0 || out[e - 1] == ' ')) {
        --e;
    }
    return normalise_punctuation(utf8::from_u32(out.substr(b, e - b)));
}

inline constexpr std::size_t k_max_errors = 100;

class ReportParser {
public:
    ReportParser(const std::string& text, const std::string& file_name,
                 std::vector<Error>& errors, const Limits& limits)
        : m_text(text), m_file(file_name), m_errors(errors), m_locator(text), m_limits(limits) {}

    model::Document parse() {
        if (!check_entities()) {
            return {};
        }
        pugi::xml_document xml;
        const unsigned options = pugi::parse_default | pugi::parse_doctype;
        const pugi::xml_parse_result r =
            xml.load_buffer(m_text.data(), m_text.size(), options, pugi::encoding_utf8);
        if (!r) {
            error_at(static_cast<std::ptrdiff_t>(r.offset),
                     std::string("malformed XML: ") + lower_first(r.description()));
            return {};
        }
        for (pugi::xml_node n : xml.children()) {
            if (n.type() == pugi::node_doctype) {
                error_node(n, "DOCTYPE is not allowed: reports have no DTD and entities are "
                              "never expanded",
                           -std::ptrdiff_t{2});
                return {};
            }
        }
        pugi::xml_node root = xml.document_element();
        if (!root) {
            error_at(0, "no root element: expected <report xmlns=\"urn:hsdoc:report:1\">");
            return {};
        }
        if (!check_limits(root)) {
            return {};
        }
        read_root(root);
        return std::move(m_doc);
    }

private:
    static std::string lower_first(std::string s) {
        if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') {
            s[0] = static_cast<char>(s[0] - 'A' + 'a');
        }
        return s;
    }

    void error_at(std::ptrdiff_t offset, const std::string& message, const std::string& hint = {}) {
        // Locating costs the length of the line, so a hostile one-line file with a million
        // bad elements would take quadratic time: stop after enough errors to fix a file.
        if (m_errors.size() > k_max_errors) {
            return;
        }
        if (m_errors.size() == k_max_errors) {
            m_errors.emplace_back(ErrorKind::input,
                                  "too many errors (" + std::to_string(k_max_errors) +
                                      "); stopped reporting",
                                  m_file);
            return;
        }
        int line = 0;
        int column = 0;
        m_locator.locate(offset, line, column);
        m_errors.emplace_back(ErrorKind::input, message, m_file, line, column, hint);
    }

    // Points at the '<' of an element (offset_debug gives the name, one after it).
    void error_node(pugi::xml_node n, const std::string& message, std::ptrdiff_t adjust = -1,
                    const std::string& hint = {}) {
        const std::ptrdiff_t off = n.offset_debug();
        error_at(off >= 0 ? std::max<std::ptrdiff_t>(0, off + adjust) : -1, message, hint);
    }

    // Only &amp; &lt; &gt; &quot; &apos; and character references: any other entity
    // reference could only come from a DTD, which we never read. Also counts start tags, so
    // that a file of millions of tiny elements is refused before pugixml allocates a node
    // for each of them.
    bool check_entities() {
        const std::string& t = m_text;
        std::size_t tags = 0;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t.compare(i, 4, "<!--") == 0) {
                const std::size_t e = t.find("-->", i + 4);
                i = e == std::string::npos ? t.size() : e + 2;
                continue;
            }
            if (t.compare(i, 9, "<![CDATA[") == 0) {
                const std::size_t e = t.find("]]>", i + 9);
                i = e == std::string::npos ? t.size() : e + 2;
                continue;
            }
            if (t.compare(i, 2, "<?") == 0) {
                const std::size_t e = t.find("?>", i + 2);
                i = e == std::string::npos ? t.size() : e + 1;
                continue;
            }
            if (t.compare(i, 9, "<!DOCTYPE") == 0) {
                error_at(static_cast<std::ptrdiff_t>(i),
                         "DOCTYPE is not allowed: reports have no DTD and entities are never "
                         "expanded");
                return false;
            }
            if (t[i] == '<' && i + 1 < t.size() && t[i + 1] != '/' && ++tags > m_limits.xml_elements) {
                error_at(static_cast<std::ptrdiff_t>(i),
                         limit_error("number of XML elements", m_limits.xml_elements,
                                     "max-xml-elements")
                             .message());
                return false;
            }
            if (t[i] != '&') {
                continue;
            }
            const std::size_t semi = t.find(';', i);
            const std::string ref =
                semi == std::string::npos || semi - i > 12 ? std::string{} : t.substr(i + 1, semi - i - 1);
            bool ok = ref == "amp" || ref == "lt" || ref == "gt" || ref == "quot" || ref == "apos";
            if (!ok && ref.size() >= 2 && ref[0] == '#') {
                const bool hex = ref[1] == 'x';
                ok = ref.size() > (hex ? 2u : 1u);
                for (std::size_t k = hex ? 2 : 1; k < ref.size() && ok; ++k) {
                    ok = hex ? std::isxdigit(static_cast<unsigned char>(ref[k])) != 0
                             : std::isdigit(static_cast<unsigned char>(ref[k])) != 0;
                }
            }
            if (!ok) {
                error_at(static_cast<std::ptrdiff_t>(i),
                         ref.empty() ? "malformed XML: '&' must be written as &amp;"
                                     : "undefined entity &" + ref + ";",
                         ref.empty() ? "" : "only &amp; &lt; &gt; &quot; &apos; and &#N; are allowed");
                return false;
            }
        }
        return true;
    }

    bool check_limits(pugi::xml_node root) {
        std::size_t count = 0;
        bool ok = true;
        std::vector<std::pair<pugi::xml_node, int>> stack{{root, 1}};
        while (!stack.empty() && ok) {
            auto [n, depth] = stack.back();
            stack.pop_back();
            if (depth > m_limits.xml_depth) {
                error_node(n, limit_error("XML nesting depth",
                                          static_cast<std::size_t>(m_limits.xml_depth),
                                          "max-xml-depth")
                                  .message());
                ok = false;
                break;
            }
            // Text nodes count too: each costs pugixml a node like an element does.
            if (++count > 2 * m_limits.xml_elements + 1) {
                error_node(n, limit_error("number of XML nodes", 2 * m_limits.xml_elements + 1,
                                          "max-xml-elements")
                                  .message());
                ok = false;
                break;
            }
            for (pugi::xml_node c : n.children()) {
                stack.emplace_back(c, depth + 1);
            }
        }
        return ok;
    }

    std::string local(pugi::xml_node n) const {
        std::string name = n.name();
        if (!m_prefix.empty() && name.rfind(m_prefix + ":", 0) == 0) {
            return name.substr(m_prefix.size() + 1);
        }
        if (!m_prefix.empty()) {
            return "{foreign}" + name;
        }
        return name;
    }

    void read_root(pugi::xml_node root) {
        const std::string name = root.name();
        const std::size_t colon = name.find(':');
        if (colon != std::string::npos) {
            m_prefix = name.substr(0, colon);
        }
        const std::string ns_attr = m_prefix.empty() ? "xmlns" : "xmlns:" + m_prefix;
        if (local(root) != "report") {
            error_node(root, "root element is <" + name + ">: not an hsdoc report", -1,
                       "an hsdoc report is <report xmlns=\"urn:hsdoc:report:1\">");
            return;
        }
        if (std::strcmp(root.attribute(ns_attr.c_str()).value(), k_report_ns) != 0) {
            error_node(root, "<report> must be in namespace urn:hsdoc:report:1",
                       -1, "write <report xmlns=\"urn:hsdoc:report:1\" xml:lang=\"zh-CN\">");
        }
        for (pugi::xml_attribute a : root.attributes()) {
            const std::string an = a.name();
            if (an == "xml:lang") {
                m_doc.meta.lang = a.value();
                if (m_doc.meta.lang.empty()) {
                    error_node(root, "empty xml:lang on <report>", -1, "e.g. zh-CN or zh-TW");
                }
                continue;
            }
            if (an == ns_attr || an.rfind("xmlns:", 0) == 0) {
                continue;
            }
            error_node(root, "unknown attribute " + an + " on <report>");
        }
        pugi::xml_node meta;
        pugi::xml_node body;
        int stage = 0;  // meta, body, dropped must come in this order
        for (pugi::xml_node c : root.children()) {
            if (!check_no_text(c, "report")) {
                continue;
            }
            const std::string cn = local(c);
            if (cn == "meta" && !meta && stage == 0) {
                meta = c;
                read_meta(c);
                stage = 1;
            } else if (cn == "body" && !body && stage <= 1) {
                if (!meta) {
                    error_node(c, "<body> before <meta>: <meta> comes first");
                }
                body = c;
                read_body(c);
                stage = 2;
            } else if (cn == "attachment" && stage == 2) {
                read_attachment(c);
            } else if (cn == "dropped" && stage >= 1 && stage <= 2) {
                read_dropped(c);
                stage = 3;
            } else if (cn == "meta" || cn == "body" || cn == "dropped" || cn == "attachment") {
                error_node(c, "unexpected <" + cn + ">: a report has one <meta>, one <body>, its "
                              "<attachment>s and at most one <dropped>, in that order");
            } else {
                error_node(c, "unknown element <" + std::string(c.name()) + "> in <report>", -1,
                           did_you_mean(cn, {"meta", "body", "attachment", "dropped"}));
            }
        }
        if (!meta) {
            error_node(root, "missing <meta> (with <title>) in <report>");
        }
        if (!body) {
            error_node(root, "missing <body> in <report>");
        }
    }

    // Element content only: stray text between elements is an error; comments are fine.
    bool check_no_text(pugi::xml_node n, const char* parent) {
        if (n.type() == pugi::node_element) {
            return true;
        }
        if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
            std::string v = n.value();
            if (v.find_first_not_of(" \t\r\n") != std::string::npos) {
                error_node(n, std::string("unexpected text in <") + parent +
                                  ">: text belongs in a child element", 0);
            }
        }
        return false;
    }

    void check_attributes(pugi::xml_node n, std::initializer_list<const char*> allowed) {
        for (pugi::xml_attribute a : n.attributes()) {
            const bool ok = std::any_of(allowed.begin(), allowed.end(), [&](const char* x) {
                return std::strcmp(a.name(), x) == 0;
            });
            if (!ok) {
                error_node(n, std::string("unknown attribute ") + a.name() + " on <" +
                                  local(n) + ">");
            }
        }
    }

    // A text leaf: no child elements, text normalised.
    std::string text_of(pugi::xml_node n) {
        std::string raw;
        for (pugi::xml_node c : n.children()) {
            if (c.type() == pugi::node_element) {
                error_node(c, "unexpected element <" + std::string(c.name()) + "> inside <" +
                                  local(n) + ">: text blocks hold text only");
            } else if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
                raw += c.value();
            }
        }
        std::string text = leaf_text(raw);
        const std::size_t length = utf8::length(text);
        if (length > m_limits.paragraph_chars) {
            error_node(n, limit_error("<" + local(n) + "> of " + std::to_string(length) +
                                          " characters",
                                      m_limits.paragraph_chars, "max-paragraph-chars")
                              .message());
        }
        return text;
    }

    void read_meta(pugi::xml_node meta) {
        check_attributes(meta, {});
        model::Meta& m = m_doc.meta;
        std::vector<std::string> seen;
        std::size_t last_index = 0;
        for (pugi::xml_node c : meta.children()) {
            if (!check_no_text(c, "meta")) {
                continue;
            }
            const std::string cn = local(c);
            const auto it = std::find_if(k_meta_elements.begin(), k_meta_elements.end(),
                                         [&](const MetaElement& x) { return cn == x.name; });
            if (it == k_meta_elements.end()) {
                error_node(c, "unknown element <" + std::string(c.name()) + "> in <meta>", -1,
                           did_you_mean(cn, meta_element_names()));
                continue;
            }
            const auto index = static_cast<std::size_t>(it - k_meta_elements.begin());
            if (cn != "credit" && std::find(seen.begin(), seen.end(), cn) != seen.end()) {
                error_node(c, "duplicate <" + cn + "> in <meta>");
                continue;
            }
            if (index < last_index) {
                error_node(c, "<" + cn + "> out of order in <meta>: expected before <" +
                                  std::string(k_meta_elements[last_index].name) + ">",
                           -1, "order:" + meta_order_hint());
            }
            last_index = std::max(last_index, index);
            seen.push_back(cn);
            if (cn == "title") {
                check_attributes(c, {"from"});
            } else {
                check_attributes(c, {});
            }
            if (cn == "channel") {
                for (pugi::xml_node item : c.children()) {
                    if (!check_no_text(item, "channel")) {
                        continue;
                    }
                    if (local(item) != "item") {
                        error_node(item, "unknown element <" + std::string(item.name()) +
                                             "> in <channel>: expected <item>");
                        continue;
                    }
                    check_attributes(item, {});
                    const std::string t = text_of(item);
                    if (t.empty()) {
                        error_node(item, "empty <item> in <channel>");
                    }
                    m.channel.push_back(t);
                }
                continue;
            }
            const std::string t = text_of(c);
            if (cn == "title") {
                m.title = t;
                // from="file-name": the text page had no title (written by `hsdoc extract`).
                if (const pugi::xml_attribute from = c.attribute("from")) {
                    if (std::strcmp(from.value(), "file-name") != 0) {
                        error_node(c, std::string("from=\"") + from.value() + "\" on <title>: the only value is file-name");
                    }
                    m.title_from_file_name = true;
                }
            } else if (cn == "credit") {
                m.credits.push_back(t);
            } else {
                m.*(it->field) = t;
                if (cn == "published" && !is_iso_date(t)) {
                    error_node(c, "<published> is \"" + t + "\", expected an ISO 8601 date",
                               -1, "e.g. 2023-02-04, 2023-02-04T20:37 or 2023-02-04T20:37:05");
                }
                if (cn == "print-date" && (!is_iso_date(t) || t.size() != 10)) {
                    error_node(c, "<print-date> is \"" + t + "\", expected an ISO 8601 date",
                               -1, "e.g. 2023-02-05");
                }
            }
        }
        if (m.title.empty()) {
            error_node(meta, std::find(seen.begin(), seen.end(), "title") == seen.end()
                                 ? "missing <title> in <meta>"
                                 : "empty <title> in <meta>");
        }
    }

    int line_of(pugi::xml_node n) const {
        int line = 0;
        int column = 0;
        m_locator.locate(n.offset_debug(), line, column);
        return line;
    }

    void read_body(pugi::xml_node body) {
        check_attributes(body, {});
        read_blocks(body, m_doc.blocks, body.first_child());
    }

    // <attachment n="1"> or <attachment marked="false">: its head, then its blocks.
    void read_attachment(pugi::xml_node att) {
        check_attributes(att, {"n", "marked"});
        model::Attachment a;
        a.source_line = line_of(att);
        a.number = att.attribute("n").value();
        if (const pugi::xml_attribute marked = att.attribute("marked")) {
            const std::string v = marked.value();
            if (v != "true" && v != "false") {
                error_node(att, "marked=\"" + v + "\" on <attachment>: expected true or false");
            }
            a.marked = v != "false";
            if (!a.marked && !a.number.empty()) {
                error_node(att, "<attachment> with n=\"" + a.number + "\" and marked=\"false\": an unmarked "
                                "attachment prints no 附件 line, so it has no number");
            }
        }
        pugi::xml_node c = att.first_child();
        for (const auto& [name, field] : {std::pair{"title", &model::Attachment::title},
                                          std::pair{"subtitle", &model::Attachment::subtitle},
                                          std::pair{"byline", &model::Attachment::byline}}) {
            while (c && c.type() != pugi::node_element) {
                check_no_text(c, "attachment");
                c = c.next_sibling();
            }
            if (c && local(c) == name) {
                check_attributes(c, {});
                a.*field = text_of(c);
                if ((a.*field).empty()) {
                    error_node(c, std::string("empty <") + name + "> in <attachment>");
                }
                c = c.next_sibling();
            }
        }
        read_blocks(att, a.blocks, c);
        m_doc.attachments.push_back(std::move(a));
    }

    // The block elements of <body> or <attachment>, from `first` on.
    void read_blocks(pugi::xml_node parent, std::vector<model::Block>& out, pugi::xml_node first) {
        const std::string where = local(parent);
        for (pugi::xml_node c = first; c; c = c.next_sibling()) {
            if (!check_no_text(c, where.c_str())) {
                continue;
            }
            const std::string cn = local(c);
            model::Block b;
            b.source_line = line_of(c);
            if (cn == "heading") {
                check_attributes(c, {"level"});
                b.kind = model::BlockKind::heading;
                const std::string lv = c.attribute("level").value();
                if (lv.size() == 1 && lv[0] >= '1' && lv[0] <= '4') {
                    b.level = lv[0] - '0';
                } else {
                    error_node(c, lv.empty() ? "<heading> needs level=\"1\" to \"4\""
                                             : "<heading> level is \"" + lv + "\", expected 1, 2, 3 or 4");
                }
                b.text = text_of(c);
            } else if (cn == "p" || cn == "title" || cn == "addressee" || cn == "note") {
                check_attributes(c, {});
                b.kind = cn == "p"           ? model::BlockKind::paragraph
                         : cn == "title"     ? model::BlockKind::title
                         : cn == "addressee" ? model::BlockKind::addressee
                                             : model::BlockKind::note;
                b.text = text_of(c);
            } else if (cn == "list" || cn == "attachment-note") {
                check_attributes(c, {});
                b.kind = cn == "list" ? model::BlockKind::list : model::BlockKind::attachment_note;
                read_items(c, b);
            } else if (cn == "attendance") {
                check_attributes(c, {"role"});
                b.kind = model::BlockKind::attendance;
                b.role = c.attribute("role").value();
                if (std::find_if(k_roles.begin(), k_roles.end(),
                                 [&](const char* r) { return b.role == r; }) == k_roles.end()) {
                    error_node(c, "<attendance> role is \"" + b.role + "\"", -1,
                               "expected 出席, 请假, 列席 or 参加人员");
                }
                b.text = text_of(c);
            } else if (cn == "signature") {
                check_attributes(c, {});
                b.kind = model::BlockKind::signature;
                read_signature(c, b);
            } else {
                error_node(c, "unknown element <" + std::string(c.name()) + "> in <" + where + ">", -1,
                           did_you_mean(cn, k_block_elements));
                continue;
            }
            if (b.kind != model::BlockKind::signature && b.kind != model::BlockKind::list &&
                b.kind != model::BlockKind::attachment_note && b.text.empty()) {
                error_node(c, "empty <" + cn + ">");
            }
            out.push_back(std::move(b));
        }
    }

    // <item>s of a <list> (into items) or an <attachment-note> (the first into text: it
    // carries the "附件：" label).
    void read_items(pugi::xml_node list, model::Block& b) {
        const bool note = b.kind == model::BlockKind::attachment_note;
        for (pugi::xml_node c : list.children()) {
            if (!check_no_text(c, local(list).c_str())) {
                continue;
            }
            if (local(c) != "item") {
                error_node(c, "unknown element <" + std::string(c.name()) + "> in <" + local(list) + ">: expected <item>");
                continue;
            }
            check_attributes(c, {});
            const std::string t = text_of(c);
            if (t.empty()) {
                error_node(c, "empty <item>");
            }
            if (note && b.text.empty()) {
                b.text = t;
                b.source_line = line_of(c);
            } else {
                b.items.push_back({t, line_of(c)});
            }
        }
        if (b.text.empty() && b.items.empty()) {
            error_node(list, "empty <" + local(list) + ">: expected <item>s");
        }
    }

    void read_signature(pugi::xml_node sig, model::Block& b) {
        bool have_org = false;
        bool have_date = false;
        for (pugi::xml_node c : sig.children()) {
            if (!check_no_text(c, "signature")) {
                continue;
            }
            const std::string cn = local(c);
            check_attributes(c, cn == "date" ? std::initializer_list<const char*>{"as-written"}
                                             : std::initializer_list<const char*>{});
            if (cn == "org" && !have_org && !have_date) {
                b.text = text_of(c);
                have_org = true;
            } else if (cn == "date" && !have_date) {
                b.date = text_of(c);
                b.date_text = leaf_text(c.attribute("as-written").value());
                have_date = true;
                if (!is_iso_date(b.date) || b.date.size() != 10) {
                    error_node(c, "<date> is \"" + b.date + "\", expected an ISO 8601 date", -1,
                               "e.g. 2023-02-05");
                }
            } else {
                error_node(c, "unexpected <" + std::string(c.name()) +
                                  "> in <signature>: expected <org> then <date>");
            }
        }
        if (!have_org && !have_date) {
            error_node(sig, "empty <signature>: expected <org> and/or <date>");
        }
    }

    void read_dropped(pugi::xml_node dropped) {
        check_attributes(dropped, {});
        for (pugi::xml_node c : dropped.children()) {
            if (!check_no_text(c, "dropped")) {
                continue;
            }
            if (local(c) != "line") {
                error_node(c, "unknown element <" + std::string(c.name()) +
                                  "> in <dropped>: expected <line>");
                continue;
            }
            check_attributes(c, {"n", "reason"});
            model::DroppedLine d;
            d.line = c.attribute("n").as_int(0);
            d.reason = c.attribute("reason").value();
            // Dropped text is kept as written: it is a record, never typeset.
            for (pugi::xml_node t : c.children()) {
                if (t.type() == pugi::node_pcdata || t.type() == pugi::node_cdata) {
                    d.text += t.value();
                } else if (t.type() == pugi::node_element) {
                    error_node(t, "unexpected element <" + std::string(t.name()) +
                                      "> inside <line>");
                }
            }
            m_doc.dropped.push_back(std::move(d));
        }
    }

    const std::string& m_text;
    std::string m_file;
    std::vector<Error>& m_errors;
    Locator m_locator;
    const Limits& m_limits;
    std::string m_prefix;
    model::Document m_doc;
};

}  // namespace

model::Document parse_report(const std::string& utf8, const std::string& file_name,
                             std::vector<Error>& errors, const Limits& limits) {
    ReportParser p(utf8, file_name, errors, limits);
    return p.parse();
}

}  // namespace hsdoc::read
