// The page reader's driver: lines in, zones in order, the tail cut, the finish
// (page_reader.hpp; § numbers refer to docs/spec/web-article.md).
#include "read/page_reader.hpp"

#include "read/punct.hpp"

#include <algorithm>

namespace hsdoc::read {
namespace page {
namespace {

// A line that is only a web address, perhaps after a label ("原文链接：https://…"): the
// address, else empty. Crawlers and "copy page" tools put the page's URL at the top or the
// bottom of the text.
U32 url_line(const U32& t) {
    std::size_t pos = 0;
    for (const char32_t* label : k_url_labels) {
        if (starts_with(t, label)) {
            pos = length_of(label);
            while (pos < t.size() && (is_space(t[pos]) || t[pos] == U':' || t[pos] == U'：')) {
                ++pos;
            }
            break;
        }
    }
    const U32 rest = t.substr(pos);
    if (!(starts_with(rest, U"http://") || starts_with(rest, U"https://")) || rest.size() < 12) {
        return {};
    }
    if (std::any_of(rest.begin(), rest.end(), [](char32_t c) { return is_space(c) || c > 0x7E || c < 0x21; })) {
        return {};
    }
    return rest;
}

void normalise(model::Block& b) {
    b.text = normalise_punctuation(b.text);
    b.date_text = normalise_punctuation(b.date_text);
    for (model::Item& item : b.items) {
        item.text = normalise_punctuation(item.text);
    }
}

}  // namespace

PageReader::PageReader(const std::string& text) {
    const U32 all = utf8::to_u32(text);
    std::size_t start = 0;
    int number = 0;
    while (start <= all.size()) {
        std::size_t nl = all.find(U'\n', start);
        if (nl == U32::npos) {
            nl = all.size();
        }
        ++number;
        Line l;
        l.number = number;
        l.text = trim(all.substr(start, nl - start));
        l.c = compact(l.text);
        if (const U32 url = url_line(l.text); !url.empty()) {
            // The page's address on a line of its own: the QR code's link, not body text.
            if (m_doc.meta.url.empty()) {
                m_doc.meta.url = to_utf8(url);
            }
            drop(l, "page address");
        } else if (!l.c.empty()) {
            m_lines.push_back(std::move(l));
        } else if (!l.text.empty()) {
            drop(l, "blank");  // only spaces of kinds the trim does not know
        }
        start = nl + 1;
    }
    // Traditional text: 98-01-15 dates are ROC years, and the document says zh-TW.
    U32 sample;
    for (const Line& l : m_lines) {
        if (sample.size() > 20000) {
            break;
        }
        sample += l.c;
    }
    if (is_traditional(sample)) {
        m_doc.meta.lang = "zh-TW";
    }
}

model::Document PageReader::run() {
    const std::size_t body = read_head();
    const std::size_t tail = find_tail(body);
    read_body(body, tail);
    for (std::size_t i = tail; i < m_lines.size(); ++i) {
        note_tail_editor(m_lines[i]);
        drop(m_lines[i], "trailing");
    }
    finish();
    std::stable_sort(m_doc.dropped.begin(), m_doc.dropped.end(),
                     [](const model::DroppedLine& a, const model::DroppedLine& b) { return a.line < b.line; });
    return std::move(m_doc);
}

void PageReader::drop(const Line& l, const char* reason) {
    m_doc.dropped.push_back({l.number, reason, to_utf8(l.text)});
}

// Zone 7 starts at the first trailing-cruft marker after some body (§8, §9.4); a phone list
// or a contact line ends the body only when nothing but cruft follows it.
std::size_t PageReader::find_tail(std::size_t body_start) const {
    bool prose_seen = false;  // markers before the first paragraph are furniture under the title
    for (std::size_t i = body_start; i < m_lines.size(); ++i) {
        const Line& l = m_lines[i];
        prose_seen = prose_seen || (has_sentence_punctuation(l.c) && l.c.size() >= 12 && !is_tail_marker(l) &&
                                    !is_meta_line(l));
        if ((is_tail_marker(l) && prose_seen && !is_inline_related(i)) ||
            ((is_phone_line(l) || is_weak_tail_marker(l) || (is_chrome(l) && prose_seen)) && i > body_start &&
             rest_is_cruft(i + 1))) {
            return i;
        }
    }
    return m_lines.size();
}

// "相关解读：《…》解读" between the last section and the notes of a bulletin: a related link
// with the article going on after it (two paragraphs or more before the next marker).
bool PageReader::is_inline_related(std::size_t i) const {
    if (!starts_with_any(m_lines[i].c, {U"相关", U"关联", U"部门解读", U"政策解读", U"相關"})) {
        return false;
    }
    int prose = 0;
    for (std::size_t k = i + 1; k < m_lines.size() && prose < 2; ++k) {
        const Line& l = m_lines[k];
        if (is_tail_marker(l)) {
            break;
        }
        prose += has_sentence_punctuation(l.c) && l.c.size() >= 20 ? 1 : 0;
    }
    return prose >= 2;
}

bool PageReader::rest_is_cruft(std::size_t from) const {
    for (std::size_t k = from; k < m_lines.size(); ++k) {
        const Line& l = m_lines[k];
        if (!(is_phone_line(l) || is_tail_marker(l) || is_weak_tail_marker(l) || is_chrome(l) ||
              (l.c.size() <= 10 && !has_full_stop(l.c)))) {
            return false;
        }
    }
    return true;
}

// 【我要纠错】责任编辑：王洋, 信息来源： 内蒙古日报 — an editor's name or a source under the
// body is metadata even though the line is cut.
void PageReader::note_tail_editor(const Line& l) {
    if (contains_any(l.c, {U"责任编辑:", U"责编:", U"責任編輯:"}) || (starts_with(l.c, U"编辑:") && l.c.size() <= 20) ||
        (l.c.size() <= 40 && starts_with_any(l.c, {U"信息来源:", U"来源:", U"稿件来源:", U"文章来源:"}))) {
        credit_to_meta(l.text, m_doc.meta, m_editor_rank);
    }
}

// A bare parenthesised credit standing last ("（县政府办）"), then an inline credit at the
// end of the last paragraph ("…其他事项。（县政府办供稿）"): metadata (§7).
void PageReader::finish_credits() {
    auto& blocks = m_doc.attachments.empty() ? m_doc.blocks : m_doc.attachments.back().blocks;
    while (!blocks.empty() && blocks.back().kind == model::BlockKind::paragraph) {
        const U32 t = utf8::to_u32(blocks.back().text);
        const U32 c = compact(t);
        if (c.size() >= 3 && c.size() <= 24 && c.front() == '(' && c.back() == ')' && !has_full_stop(c) &&
            !contains(c, U",") && !contains(c, U"此件")) {
            m_doc.meta.credits.push_back(to_utf8(t));
            credit_to_meta(t, m_doc.meta, m_editor_rank);
            m_doc.dropped.push_back({blocks.back().source_line, "credit", to_utf8(t)});
            blocks.pop_back();
        } else {
            break;
        }
    }
    if (blocks.empty() || blocks.back().kind != model::BlockKind::paragraph) {
        return;
    }
    const U32 t = utf8::to_u32(blocks.back().text);
    const char32_t close = t.empty() ? 0 : t.back();
    if (close != ')' && close != U'）') {
        return;
    }
    const std::size_t p = t.rfind(close == ')' ? U'(' : U'（');
    if (p == U32::npos || p == 0) {
        return;
    }
    const U32 inner = t.substr(p + 1, t.size() - p - 2);
    const char32_t before = fold_char(t[p - 1]);
    if ((before == U'。' || before == '!' || before == '?' || before == U'”') && !inner.empty() && inner.size() <= 40 &&
        !has_full_stop(inner) && !contains(inner, U"此件")) {
        const U32 credit = t.substr(p);
        m_doc.meta.credits.push_back(to_utf8(credit));
        credit_to_meta(credit, m_doc.meta, m_editor_rank);
        m_doc.dropped.push_back({blocks.back().source_line, "credit", to_utf8(credit)});
        blocks.back().text = to_utf8(trim(t.substr(0, p)));
    }
}

void PageReader::finish() {
    // Inline credits end news pages, not the 附件 of a report.
    if (m_doc.attachments.empty()) {
        finish_credits();
    }
    // Punctuation (docs/spec/clreq.md §9.4) on everything that is typeset or printed.
    model::Meta& m = m_doc.meta;
    for (std::string* s : {&m.kicker, &m.title, &m.subtitle, &m.byline, &m.issuer, &m.doc_number, &m.source,
                           &m.author, &m.editor}) {
        *s = normalise_punctuation(*s);
    }
    for (std::string& item : m.channel) {
        item = normalise_punctuation(item);
    }
    for (std::string& c : m.credits) {
        c = normalise_punctuation(c);
    }
    for (model::Block& b : m_doc.blocks) {
        normalise(b);
    }
    for (model::Attachment& a : m_doc.attachments) {
        for (std::string* s : {&a.title, &a.subtitle, &a.byline}) {
            *s = normalise_punctuation(*s);
        }
        for (model::Block& b : a.blocks) {
            normalise(b);
        }
    }
}

}  // namespace page

model::Document read_page(const std::string& utf8_text) {
    page::PageReader reader(utf8_text);
    return reader.run();
}

}  // namespace hsdoc::read
