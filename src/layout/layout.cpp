// The flow of a document onto pages: the 版头, the head (kicker, title, subtitle, byline),
// the metadata line, the body's blocks, the QR code, the attachments each on new pages, the
// 版记, the page numbers (docs/spec/gbt9704.md §5–§8, §10.3). page_builder.cpp places lines.
#include "layout/layout.hpp"

#include "layout/page_builder.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <array>

namespace hsdoc::layout {
namespace {

using model::Block;
using model::BlockKind;
using style::Role;

DocInfo doc_info(const model::Document& doc) {
    const model::Meta& meta = doc.meta;
    DocInfo info;
    info.title = meta.title;
    info.author = !meta.author.empty() ? meta.author : meta.source;
    info.subject = meta.subtitle;
    for (const auto& c : meta.channel) {
        info.keywords += (info.keywords.empty() ? "" : ", ") + c;
    }
    info.published = meta.published;
    info.source = meta.source;
    info.url = meta.url;
    info.issuer = meta.issuer;
    info.doc_number = meta.doc_number;
    info.channel = meta.channel;
    info.language = meta.lang;
    for (const Block& b : doc.blocks) {
        if (b.kind == BlockKind::attendance) {
            info.attendance.push_back(b.role + "：" + b.text);
        }
    }
    return info;
}

// Code points of a list item's number with what follows it up to the text: "1." "1、"
// "（1）" "①", and the spaces after it. Lines of the item hang under the text.
std::size_t marker_length(const std::string& utf8) {
    const std::u32string s = utf8::to_u32(utf8);
    auto digit = [](char32_t c) { return (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９'); };
    std::size_t i = 0;
    if (i < s.size() && (s[i] == U'（' || s[i] == '(')) {
        ++i;
        while (i < s.size() && (digit(s[i]) || std::u32string_view(U"一二三四五六七八九十").find(s[i]) != std::u32string_view::npos)) {
            ++i;
        }
        i = i < s.size() && (s[i] == U'）' || s[i] == ')') ? i + 1 : 0;
    } else if (i < s.size() && s[i] >= U'①' && s[i] <= U'⑳') {
        i = 1;
    } else {
        while (i < s.size() && digit(s[i])) {
            ++i;
        }
        i = i > 0 && i < s.size() && std::u32string_view(U".、．").find(s[i]) != std::u32string_view::npos ? i + 1 : 0;
    }
    while (i > 0 && i < s.size() && (s[i] == ' ' || s[i] == 0x3000)) {
        ++i;
    }
    return i;
}

// The structure types of heading levels 1–4: the title is H1, the levels in use take H2, H3 …
// in order, and no heading is more than one below the one before it (ISO 14289-1 wants no
// skipped level).
class HeadingDepths {
public:
    explicit HeadingDepths(const model::Document& doc) {
        auto add = [this](const std::vector<Block>& blocks) {
            for (const Block& b : blocks) {
                if (b.kind == BlockKind::heading) {
                    m_used[static_cast<std::size_t>(std::clamp(b.level, 1, 4))] = true;
                }
            }
        };
        add(doc.blocks);
        for (const model::Attachment& a : doc.attachments) {
            add(a.blocks);
        }
    }

    void restart() { m_last = 1; }

    std::string next(int level) {
        int rank = 2;
        for (int l = 1; l < std::clamp(level, 1, 4); ++l) {
            rank += m_used[static_cast<std::size_t>(l)] ? 1 : 0;
        }
        m_last = std::min(rank, m_last + 1);
        return "H" + std::to_string(m_last);
    }

private:
    std::array<bool, 5> m_used{};
    int m_last = 1;
};

// Lays out the blocks of the body or of one attachment.
class Flow {
public:
    Flow(PageBuilder& b, const style::Style& style, HeadingDepths& depths)
        : m_b(b), m_style(style), m_depths(depths), m_indent(style.paragraph_indent_cells * b.cell()) {}

    // The element the next blocks go under: the Document, or an attachment's Sect.
    void set_parent(int element) { m_parent = element; }

    // Makes a new element under the current parent own what is placed next.
    int begin(const std::string& type, const std::string& title = {}) {
        const int e = m_b.add_element(type, m_parent, title);
        m_b.own(e);
        return e;
    }

    void blocks(const std::vector<Block>& blocks) {
        BlockKind previous = BlockKind::paragraph;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            if (blocks[i].kind == BlockKind::heading) {
                keep_headings_with_text(blocks, i);
            }
            block(blocks[i], previous);
            previous = blocks[i].kind;
        }
    }

    // A head: title lines centred in the title face, then the subtitle and byline centred in
    // theirs, then one empty line (docs/spec/gbt9704.md §6, issue of speeches' heads).
    void head(const std::vector<std::string>& titles, const std::string& subtitle, const std::string& byline) {
        for (std::size_t i = 0; i < titles.size(); ++i) {
            if (i == 0) {
                begin("H1");
            } else {
                begin("P", "标题");
            }
            m_b.centred(titles[i], Role::title, true);
        }
        if (!subtitle.empty()) {
            begin("P", "副题");
            m_b.centred(subtitle, Role::subtitle, true);
        }
        if (!byline.empty()) {
            begin("P", "署名");
            m_b.centred(byline, Role::byline, true);
        }
    }

private:
    Indents paragraph_indents() const { return {m_indent, 0}; }

    // A heading never ends a page (GB/T 9704 practice): a run of headings moves to the next
    // page whole unless it fits with the first line of the text after it.
    void keep_headings_with_text(const std::vector<Block>& blocks, std::size_t i) {
        if (i > 0 && blocks[i - 1].kind == BlockKind::heading) {
            return;  // decided at the run's first heading
        }
        int need = 0;
        std::size_t k = i;
        for (; k < blocks.size() && blocks[k].kind == BlockKind::heading; ++k) {
            need += m_b.count_lines(heading_segments(blocks[k]), paragraph_indents(), blocks[k].source_line);
        }
        need += k < blocks.size() ? 1 : 0;
        if (need > m_b.lines_left() && need <= m_style.lines_per_page) {
            m_b.ensure_room(m_style.lines_per_page);
        }
    }

    static std::vector<Segment> heading_segments(const Block& block) {
        static const Role k_levels[] = {Role::heading1, Role::heading2, Role::heading3, Role::heading4};
        return {{k_levels[std::clamp(block.level, 1, 4) - 1], block.text}};
    }

    // An item of a list or a 附件说明: its number (and label) first, wrapped lines under its
    // text.
    void item(const std::string& text, double first_pt, int source_line, Label label = {}) {
        const double hang = first_pt + m_b.prefix_width(text, marker_length(text));
        m_b.paragraph({{Role::body, text}}, {first_pt, hang}, source_line, label);
    }

    // A list item: LI with its number as Lbl and its text as LBody.
    void list_item(int list, const model::Item& it) {
        const int li = m_b.add_element("LI", list);
        const int lbl = m_b.add_element("Lbl", li);
        m_b.own(m_b.add_element("LBody", li));
        const std::size_t cps = marker_length(it.text);
        std::size_t bytes = 0;
        for (std::size_t k = 0; k < cps; ++k) {
            utf8::next(it.text, bytes);
        }
        item(it.text, m_indent, it.source_line, Label{bytes, lbl});
    }

    void block(const Block& block, BlockKind previous) {
        switch (block.kind) {
        case BlockKind::heading:
            begin(m_depths.next(block.level));
            m_b.paragraph(heading_segments(block), paragraph_indents(), block.source_line);
            break;
        case BlockKind::title:
            begin("P", "标题");
            m_b.centred(block.text, Role::title, true);
            break;
        case BlockKind::addressee:
            // 主送机关 (§7.3.2): flush left, continuation lines flush left.
            begin("P", "主送机关");
            m_b.paragraph({{Role::body, block.text}}, {0, 0}, block.source_line);
            break;
        case BlockKind::list: {
            const int list = m_b.add_element("L", m_parent);
            for (const model::Item& it : block.items) {
                list_item(list, it);
            }
            break;
        }
        case BlockKind::attachment_note: {
            // 附件说明 (§7.3.4): "附件：1.××××", the later items aligned under "1.".
            begin("P", "附件说明");
            const std::string label = "附件：";
            const bool labelled = block.text.rfind(label, 0) == 0;
            const double under = m_indent + (labelled ? m_b.prefix_width(block.text, 3) : 0);
            const std::string first = labelled ? block.text.substr(label.size()) : block.text;
            m_b.paragraph({{Role::body, block.text}},
                          {m_indent, under + m_b.prefix_width(first, marker_length(first))}, block.source_line);
            for (const model::Item& it : block.items) {
                item(it.text, under, it.source_line);
            }
            break;
        }
        case BlockKind::attendance: {
            if (previous != BlockKind::attendance) {
                m_b.blank_lines(m_style.attendance_blank_lines);
            }
            // §10.3: label in 黑体 with a full-width colon, names in 仿宋, continuation lines
            // aligned after the colon.
            begin("P", block.role);
            const std::string label = block.role + "：";
            const double hang = m_indent + static_cast<double>(utf8::length(label)) * m_b.cell();
            m_b.paragraph({{Role::attendance_label, label}, {Role::body, block.text}}, {m_indent, hang},
                          block.source_line);
            break;
        }
        case BlockKind::signature:
            m_b.blank_lines(m_style.signature_blank_lines);
            begin("P", "落款");
            m_b.signature(block.text, block.date_text.empty() ? chinese_date(block.date) : block.date_text,
                          block.source_line);
            break;
        case BlockKind::paragraph:
        case BlockKind::note:
            begin("P", block.kind == BlockKind::note ? "附注" : "");
            m_b.paragraph({{Role::body, block.text}}, paragraph_indents(), block.source_line);
            break;
        }
    }

    PageBuilder& m_b;
    const style::Style& m_style;
    HeadingDepths& m_depths;
    double m_indent;
    int m_parent = 0;
};

// "附件1" flush left on the first line of a new page, the title centred on the third
// (GB/T 9704 §7.3.7); a carried document's title on the first. Then its head and blocks.
void attachment(PageBuilder& b, Flow& flow, HeadingDepths& depths, const model::Attachment& a) {
    b.start_page();
    flow.set_parent(0);
    flow.set_parent(flow.begin("Sect", a.marked ? "附件" + a.number : "附件"));
    depths.restart();
    if (a.marked) {
        flow.begin("P", "附件标志");
        b.flush_left("附件" + a.number, Role::attachment_label);
        b.move_to_line(2);
    }
    std::vector<std::string> titles;
    if (!a.title.empty()) {
        titles.push_back(a.title);
    }
    flow.head(titles, a.subtitle, a.byline);
    if (!titles.empty() || !a.subtitle.empty() || !a.byline.empty()) {
        b.blank_lines(1);
    }
    flow.blocks(a.blocks);
}

void meta_line(PageBuilder& b, const style::Style& style, const model::Meta& m) {
    std::string meta;
    auto add = [&meta](const std::string& label, const std::string& value) {
        if (!value.empty()) {
            meta += (meta.empty() ? "" : "\u3000") + label + value;
        }
    };
    add("", chinese_date(m.published));
    add("来源：", m.source);
    add("作者：", m.author);
    if (!meta.empty()) {
        b.own(b.add_element("P", 0, "元数据"));
        b.centred(meta, Role::meta, false);
        b.blank_lines(style.blank_lines_after_meta);
    }
}

}  // namespace

Pages layout(const model::Document& doc, const style::Style& style, const text::FontSet& fonts,
             const Limits& limits) {
    Pages pages;
    pages.info = doc_info(doc);
    PageBuilder b(style, fonts, pages, limits);
    HeadingDepths depths(doc);
    Flow flow(b, style, depths);

    const std::string issuer = !doc.meta.issuer.empty() ? doc.meta.issuer : style.issuer_text;
    if (style.issuer_mark && !issuer.empty()) {
        b.header(issuer, doc.meta.doc_number, !doc.meta.printer.empty() ? doc.meta.printer : issuer, doc.meta.published);
    }
    // The head: the kicker, the title, the title as the body repeats it, the subtitle and byline.
    std::vector<std::string> titles;
    if (!doc.meta.title_from_file_name) {
        titles.push_back(doc.meta.title);
    }
    std::size_t first = 0;
    for (; first < doc.blocks.size() && doc.blocks[first].kind == BlockKind::title; ++first) {
        titles.push_back(doc.blocks[first].text);
    }
    if (!doc.meta.kicker.empty()) {
        flow.begin("P", "引题");
        b.centred(doc.meta.kicker, Role::kicker, true);
    }
    flow.head(titles, doc.meta.subtitle, doc.meta.byline);
    if (!titles.empty() || !doc.meta.subtitle.empty() || !doc.meta.byline.empty()) {
        b.blank_lines(style.blank_lines_after_title);
    }
    if (style.show_meta_line) {
        meta_line(b, style, doc.meta);
    }
    flow.blocks(std::vector<Block>(doc.blocks.begin() + static_cast<std::ptrdiff_t>(first), doc.blocks.end()));
    if (style.qr) {
        if (doc.meta.url.empty()) {
            pages.notes.push_back("no URL: no QR code");
        } else {
            b.blank_lines(1);
            b.qr(doc.meta.url);
        }
    }
    for (const model::Attachment& a : doc.attachments) {
        attachment(b, flow, depths, a);
    }
    if (style.imprint) {
        b.imprint(doc.meta.cc, doc.meta.printer, doc.meta.print_date);
    }
    b.finish();
    return pages;
}

}  // namespace hsdoc::layout
