// Zone 6 of a text page, the body (§7 of docs/spec/web-article.md): the furniture inside it
// cut, the head that opens it (a speech's title, 题注 and speaker; a covering notice's
// title), then blocks — headings, lists, attendance, the addressee, the signature and its
// notes — and the attachments that follow (GB/T 9704 §7.3, docs/spec/gbt9704.md §6).
#include "read/page_reader.hpp"

namespace hsdoc::read::page {
namespace {

model::Block block_of(model::BlockKind kind, const Line& l) {
    model::Block b;
    b.kind = kind;
    b.text = to_utf8(l.text);
    b.source_line = l.number;
    return b;
}

// Lines [i, i + count) as the items of one list.
model::Block list_block(const std::vector<const Line*>& lines, std::size_t i, std::size_t count) {
    model::Block b = block_of(model::BlockKind::list, *lines[i]);
    b.text.clear();
    for (std::size_t k = i; k < i + count; ++k) {
        b.items.push_back({to_utf8(lines[k]->text), lines[k]->number});
    }
    return b;
}

// The separator after a list item's number: items of one list share it.
char32_t marker_style(const U32& text) {
    const U32 f = fold(text);
    for (char32_t c : f) {
        if (!is_digit(c)) {
            return c;
        }
    }
    return 0;
}

// "江西省2022年国民经济和社会发展统计公报[1]" → without its footnote mark "[1]".
U32 without_footnote_marks(const U32& c) {
    U32 out;
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (c[i] == '[') {
            std::size_t j = i + 1;
            while (j < c.size() && is_digit(c[j])) {
                ++j;
            }
            if (j > i + 1 && j < c.size() && c[j] == ']') {
                i = j;
                continue;
            }
        }
        out += c[i];
    }
    return out;
}

// "进一步支持文化企业发展的规定" → "进一步支持文化企业发展": what a notice's title names.
U32 named_core(U32 c) {
    for (const char32_t* kind : k_document_kinds) {
        if (ends_with(c, kind)) {
            c.erase(c.size() - length_of(kind));
            break;
        }
    }
    if (ends_with(c, U"的")) {
        c.pop_back();
    }
    return c;
}

}  // namespace

void PageReader::read_body(std::size_t begin, std::size_t end) {
    const std::vector<const Line*> lines = body_lines(begin, end);
    const std::size_t n = lines.size();
    std::size_t i = read_body_head(lines, skip_display_headline(lines));
    std::vector<model::Block>* out = &m_doc.blocks;
    bool in_glossary = false;
    auto last_kind = [&out]() { return out->empty() ? model::BlockKind::title : out->back().kind; };
    while (i < n) {
        const Line& l = *lines[i];
        std::string number;
        std::string role;
        U32 names;
        if (is_attachment_marker(l, number) || opens_carried_document(lines, i)) {
            model::Attachment a;
            a.number = number;
            a.marked = is_attachment_marker(l, number);
            a.source_line = l.number;
            i = read_attachment_head(lines, a.marked ? i + 1 : i, a);
            in_glossary = is_glossary_title(Line{0, utf8::to_u32(a.title), compact(utf8::to_u32(a.title))});
            m_doc.attachments.push_back(std::move(a));
            out = &m_doc.attachments.back().blocks;
            continue;
        }
        if (opens_attachment_note(l) || (starts_with(l.c, U"附件") && last_kind() == model::BlockKind::attachment_note &&
                                         l.c.size() > 3 && is_digit(l.c[2]))) {
            // 附件说明 (GB/T 9704 §7.3.4): "附件：1.××" and its later items under it.
            if (last_kind() == model::BlockKind::attachment_note) {
                out->back().items.push_back({to_utf8(l.text), l.number});
            } else {
                out->push_back(block_of(model::BlockKind::attachment_note, l));
            }
            ++i;
            while (i < n && list_item_number(lines[i]->text) > 0 && !opens_carried_document(lines, i)) {
                out->back().items.push_back({to_utf8(lines[i]->text), lines[i]->number});
                ++i;
            }
            continue;
        }
        if (is_note(l)) {
            out->push_back(block_of(model::BlockKind::note, l));
            ++i;
            continue;
        }
        // 落款: the organ's name, then the date on its own line; or the date alone.
        // (or the signer: "总理　　李克强" over a decree's date, GB/T 9704 §7.3.5.3)
        const bool organ_then_date =
            i + 1 < n && (is_organ_line(l) || (is_byline(l) && contains(l.text, U"\u3000"))) && whole_line_date(*lines[i + 1]);
        if (organ_then_date || (whole_line_date(l) && !out->empty() && last_kind() == model::BlockKind::paragraph &&
                                (i + 1 == n || is_note(*lines[i + 1]) || opens_carried_document(lines, i + 1)))) {
            const Line& date_line = organ_then_date ? *lines[i + 1] : l;
            model::Block b;
            b.kind = model::BlockKind::signature;
            b.text = organ_then_date ? to_utf8(l.text) : std::string();
            b.date = whole_line_date(date_line)->iso;
            b.date_text = to_utf8(date_line.text);
            b.source_line = l.number;
            out->push_back(std::move(b));
            i += organ_then_date ? 2 : 1;
            continue;
        }
        if (is_addressee(l) && (out->empty() || last_kind() == model::BlockKind::title)) {
            out->push_back(block_of(model::BlockKind::addressee, l));
            ++i;
            continue;
        }
        if (attendance(l.text, role, names)) {
            model::Block b = block_of(model::BlockKind::attendance, l);
            b.role = role;
            b.text = to_utf8(names);
            out->push_back(std::move(b));
            ++i;
            continue;
        }
        if (is_glossary_title(l)) {
            model::Block b = block_of(model::BlockKind::heading, l);
            b.level = 1;
            out->push_back(std::move(b));
            in_glossary = true;
            ++i;
            continue;
        }
        // Glossary entries ("1.能耗双控：…") stay paragraphs, whatever their shape.
        // A list; or "第一章" "第二章 …" … with no text between, a table of contents.
        const std::size_t run = in_glossary ? 0 : std::max(list_run(lines, i), enumeration_run(lines, i));
        const std::size_t toc = chapter_list_run(lines, i);
        if (run >= 2 || toc >= 3) {
            out->push_back(list_block(lines, i, run >= 2 ? run : toc));
            i += run >= 2 ? run : toc;
            continue;
        }
        const std::optional<int> level = heading_level(l.text);
        if (level && !(in_glossary && *level >= 3) && !among_numbered_sentences(lines, i, *level)) {
            model::Block b = block_of(model::BlockKind::heading, l);
            b.level = *level;
            out->push_back(std::move(b));
        } else if (const int title_lines = in_glossary ? 0 : section_title_lines(lines, i); title_lines > 0) {
            // An unnumbered section title (perhaps wrapped over two lines), a "——" sub-section
            // title, or the title of a document the page carries.
            model::Block b = block_of(model::BlockKind::heading, l);
            b.level = is_dash_led(l.c) ? 2 : 1;
            for (int k = 1; k < title_lines; ++k) {
                b.text += to_utf8(lines[i + static_cast<std::size_t>(k)]->text);
            }
            out->push_back(std::move(b));
            i += static_cast<std::size_t>(title_lines);
            continue;
        } else if (is_table_of_contents(l)) {
            // 目录 and its entries up to the first paragraph: a heading and a list.
            out->push_back(block_of(model::BlockKind::heading, l));
            out->back().level = 1;
            model::Block list = block_of(model::BlockKind::list, l);
            list.text.clear();
            // It ends where the text begins: at prose, or at its own first entry again.
            for (++i; i < n && !has_sentence_punctuation(lines[i]->c) && lines[i]->c.size() <= 60 &&
                      !(!list.items.empty() && lines[i]->c == compact(utf8::to_u32(list.items.front().text)));
                 ++i) {
                list.items.push_back({to_utf8(lines[i]->text), lines[i]->number});
            }
            if (!list.items.empty()) {
                out->push_back(std::move(list));
            }
            continue;
        } else {
            model::Block b = block_of(model::BlockKind::paragraph, l);
            b.text = to_utf8(cut_photo_credit(l));
            out->push_back(std::move(b));
        }
        ++i;
    }
}

// The body's lines without the furniture that sits among them: scripts, credits, photo
// captions, a metadata line under a repeated title, a view counter.
std::vector<const Line*> PageReader::body_lines(std::size_t begin, std::size_t end) {
    std::vector<const Line*> kept;
    bool after_caption = false;  // the previous line was a photo caption
    bool prose_seen = false;
    bool related = false;  // under a related-links marker
    for (std::size_t i = begin; i < end; ++i) {
        const Line& l = m_lines[i];
        if (is_script_or_style(l)) {
            drop(l, "script");
            continue;
        }
        // Related links before the article's first paragraph ("关联稿件：" and its links, each
        // ending in a date): furniture under the title, not the end of the page.
        if ((!prose_seen && (is_tail_marker(l) || (related && is_link_line(l)))) || is_inline_related(i)) {
            drop(l, "related links");
            related = true;
            continue;
        }
        // Tabs and switches between the head and the first paragraph ("详细信息", "公开具体内容").
        if (!prose_seen && kept.empty() && (is_chrome(l) || is_widget(l)) && l.c.size() <= 12) {
            drop(l, "chrome");
            continue;
        }
        related = false;
        if (!prose_seen && is_meta_line(l) && !whole_line_date(l) && !opens_minutes_body(l) && l.c.size() <= 80) {
            // "信息来源: 市人民政府办公室" under the repeated title of a disclosure page (a date
            // alone may be a speech's, under its speaker's name).
            parse_meta_line(l);
            drop(l, "metadata");
            continue;
        }
        if (is_credit(l)) {
            m_doc.meta.credits.push_back(to_utf8(l.text));
            credit_to_meta(l.text, m_doc.meta, m_editor_rank);
            drop(l, "credit");
            continue;
        }
        // A photo block: placeholder or caption, and a short label line right under it
        // ("会议现场" / "王美新主席主持会议", §7 photo captions).
        if (is_caption(l) || (after_caption && l.c.size() <= 24 && !has_sentence_punctuation(l.c) &&
                              !is_sentence_end(l.c.back()) && !heading_level(l.text))) {
            drop(l, "caption");
            after_caption = true;
            continue;
        }
        after_caption = false;
        if (!prose_seen && is_counter(l)) {
            drop(l, "counter");
            continue;
        }
        prose_seen = prose_seen || has_sentence_punctuation(l.c);
        kept.push_back(&l);
    }
    return kept;
}

// News pages repeat the headline as a display block (引题/主题/副题) before the first
// paragraph's dateline ("本报讯", "××网济南1月24日讯"): not body (labels README, 038).
// Returns the first line after it.
std::size_t PageReader::skip_display_headline(const std::vector<const Line*>& lines) {
    const U32 title_c = compact(utf8::to_u32(m_doc.meta.title));
    for (std::size_t j = 0; j < lines.size() && j < 5; ++j) {
        const U32& c = lines[j]->c;
        // The title repeated under a 引题 line ("…專題講座第二講" / title): both go.
        const std::size_t xun = c.find(U'讯');
        const bool dateline = starts_with(c, U"本报") || starts_with(c, U"新华社") ||
                              (xun != U32::npos && xun < 24 && xun + 1 < c.size());
        if (j > 0 && ((!title_c.empty() && c == title_c) || dateline)) {
            const std::size_t stop = dateline ? j : j + 1;
            for (std::size_t k = 0; k < stop; ++k) {
                drop(*lines[k], "repeated headline");
            }
            return stop;
        }
        if (has_full_stop(c) || c.size() > 40 || is_sentence_end(c.back())) {
            return 0;
        }
    }
    return 0;
}

// Lines that open the body but belong to the head (labels README "not body"): the title
// repeated (also wrapped), 纪要 期号 and compiling office, 文号; then a speech's head.
std::size_t PageReader::read_body_head(const std::vector<const Line*>& lines, std::size_t i) {
    const U32 title_c = compact(utf8::to_u32(m_doc.meta.title));
    const std::size_t n = lines.size();
    for (; i < n; ++i) {
        const Line& l = *lines[i];
        if (!title_c.empty() && without_footnote_marks(l.c) == title_c) {
            drop(l, "repeated title");
            continue;
        }
        if (!title_c.empty() && l.c.size() >= 4 && starts_with(title_c, l.c)) {
            U32 joined = l.c;
            std::size_t k = i + 1;
            while (k < n && k <= i + 3 && joined.size() < title_c.size()) {
                joined += lines[k]->c;
                ++k;
            }
            if (joined == title_c) {
                for (std::size_t j = i; j < k; ++j) {
                    drop(*lines[j], "repeated title");
                }
                i = k - 1;
                continue;
            }
        }
        if (is_issue_number(l.c)) {
            if (m_doc.meta.doc_number.empty()) {
                m_doc.meta.doc_number = to_utf8(strip_outer_parens(l.c));
            }
            drop(l, "issue number (in the header)");
            continue;
        }
        if (is_doc_number(l.c)) {
            if (m_doc.meta.doc_number.empty()) {
                m_doc.meta.doc_number = to_utf8(l.c);
            }
            drop(l, "document number (in the header)");
            continue;
        }
        // "区政府办公室   2023年2月5日" under a 纪要 期号: the compiling office and date.
        if (!m_doc.meta.doc_number.empty() && l.c.size() <= 40 && !has_full_stop(l.c)) {
            bool header = false;
            for (std::size_t p = 1; p < l.text.size() && !header; ++p) {
                const auto d = is_space(l.text[p - 1]) ? match_date(l.text, p) : std::nullopt;
                if (d && d->length + p == l.text.size()) {
                    if (m_doc.meta.issuer.empty()) {
                        m_doc.meta.issuer = to_utf8(trim(l.text.substr(0, p)));
                    }
                    header = true;
                }
            }
            if (header) {
                drop(l, "minutes header (in the header)");
                continue;
            }
        }
        break;
    }
    return read_speech_head(lines, i, m_doc.meta.subtitle, m_doc.meta.byline, &m_doc.blocks);
}

// A speech's head as its text gives it: its own title when that differs from the page's
// (a title block; also a covering notice's title before its addressee), the 题注 (a
// subtitle, perhaps glued to the title or wrapped over two lines) and the speaker's line.
std::size_t PageReader::read_speech_head(const std::vector<const Line*>& lines, std::size_t i, std::string& subtitle,
                                         std::string& byline, std::vector<model::Block>* title_blocks) {
    const std::size_t n = lines.size();
    auto append = [](std::string& field, const U32& text) { field += to_utf8(text); };
    auto opens_head = [&](std::size_t k) {
        return k < n && (is_speech_subtitle(lines[k]->c) || glued_subtitle_at(lines[k]->text) != U32::npos ||
                         is_addressee(*lines[k]));
    };
    bool has_subtitle = false;
    bool has_byline = false;
    while (i < n) {
        const Line& l = *lines[i];
        // The document's own title, over up to three lines, before its 题注 or addressee.
        std::size_t k = i;
        while (title_blocks && k < n && k < i + 3 && looks_like_title(*lines[k]) && !opens_head(k) &&
               !is_byline(*lines[k])) {
            ++k;
        }
        if (k > i && opens_head(k)) {
            model::Block b = block_of(model::BlockKind::title, l);
            for (std::size_t t = i + 1; t < k; ++t) {
                b.text += to_utf8(lines[t]->text);
            }
            title_blocks->push_back(std::move(b));
            if (is_addressee(*lines[k])) {
                m_notice_title = compact(utf8::to_u32(title_blocks->back().text));  // a covering notice
                return k;
            }
            i = k;
            continue;
        }
        // A bulletin's issuers and its date under the title: "江西省统计局  国家统计局江西调查
        // 总队" / "2023年3月28日" (or "（2023年5月）"): its byline and 题注.
        if (title_blocks && !has_subtitle && !has_byline && i + 1 < n && is_organ_list(l) && is_date_line(lines[i + 1]->c)) {
            append(byline, l.text);
            append(subtitle, lines[i + 1]->text);
            return i + 2;
        }
        // A statement's date and speaker: "2012年6月24日" / "中国载人航天工程新闻发言人 武平".
        if (title_blocks && !has_subtitle && !has_byline && i + 1 < n && is_date_line(l.c) && is_byline(*lines[i + 1])) {
            append(subtitle, l.text);
            append(byline, lines[i + 1]->text);
            return i + 2;
        }
        bool open = false;
        if (const std::size_t glued = title_blocks && !has_subtitle ? glued_subtitle_at(l.text) : U32::npos;
            glued != U32::npos) {
            model::Block b = block_of(model::BlockKind::title, l);
            b.text = to_utf8(trim(l.text.substr(0, glued)));
            title_blocks->push_back(std::move(b));
            append(subtitle, l.text.substr(glued));
            has_subtitle = true;
        } else if (is_speech_subtitle(l.c, &open)) {
            if (has_subtitle) {
                if (l.c != compact(utf8::to_u32(subtitle))) {
                    break;
                }
                drop(l, "repeated subtitle");
            } else {
                append(subtitle, l.text);
                has_subtitle = true;
                if (open && i + 1 < n && closes_speech_subtitle(lines[i + 1]->c)) {
                    append(subtitle, lines[++i]->text);
                }
            }
        } else if (!has_byline && is_byline(l) &&
                   (has_subtitle || (title_blocks && i + 1 < n && is_salutation(*lines[i + 1])))) {
            append(byline, l.text);
            has_byline = true;
        } else {
            break;
        }
        ++i;
    }
    return i;
}

// An attachment's title (one line, or two when the page wraps it: "文化体制改革中经营性文化
// 事业单位" / "转制为企业的规定"), then its own speech head.
std::size_t PageReader::read_attachment_head(const std::vector<const Line*>& lines, std::size_t i,
                                             model::Attachment& a) {
    const std::size_t n = lines.size();
    if (i < n && a.source_line == 0) {
        a.source_line = lines[i]->number;
    }
    std::string number;
    if (i < n && looks_like_title(*lines[i]) && !is_attachment_marker(*lines[i], number) && !is_note(*lines[i]) &&
        list_item_number(lines[i]->text) == 0 && !whole_line_date(*lines[i])) {
        U32 title = lines[i]->text;
        ++i;
        while (i < n && is_wrapped_tail(*lines[i - 1], *lines[i])) {
            title += lines[i]->text;
            ++i;
        }
        a.title = to_utf8(title);
        // "（草案修改二稿征求意见稿）" under the title: its 题注.
        if (i < n && lines[i]->c.size() <= 30 && lines[i]->c.front() == '(' && lines[i]->c.back() == ')' &&
            !has_full_stop(lines[i]->c)) {
            a.subtitle = to_utf8(lines[i]->text);
            ++i;
        }
    }
    return read_speech_head(lines, i, a.subtitle, a.byline, nullptr);
}

// The document a 印发/转发 notice carries (GB/T 9704 §7.3.7, docs/spec/gbt9704.md §6: no 附件 marker):
// a title line after the notice's signature or 附注, a title the notice's own title names
// ("关于印发《政府网站集约化试点工作方案》的通知"), or a speech's title and 题注 after text.
bool PageReader::opens_carried_document(const std::vector<const Line*>& lines, std::size_t i) const {
    if (i >= lines.size()) {
        return false;
    }
    const Line& l = *lines[i];
    if (!looks_like_title(l) || is_organ_line(l) || l.c.size() > 60) {
        return false;
    }
    const std::vector<model::Block>& blocks = m_doc.attachments.empty() ? m_doc.blocks : m_doc.attachments.back().blocks;
    const bool after_signature =
        !blocks.empty() && (blocks.back().kind == model::BlockKind::signature || blocks.back().kind == model::BlockKind::note);
    const bool issues = contains_any(m_notice_title, {U"印发", U"转发", U"发布", U"颁布", U"印發", U"轉發"});
    const U32 core = named_core(l.c);
    const bool named = issues && core.size() >= 4 && contains(m_notice_title, core);
    const bool titled = is_document_title(l.text) || (i + 1 < lines.size() && is_wrapped_tail(l, *lines[i + 1]) &&
                                                      is_document_title(l.text + lines[i + 1]->text));
    // A speech's head in the middle of the text (a decision, then the speech explaining it).
    const bool speech = i > 0 && i + 1 < lines.size() && is_speech_subtitle(lines[i + 1]->c) && !blocks.empty();
    if (after_signature && m_doc.attachments.empty()) {
        return titled || named || speech;
    }
    return (named && titled) || speech;
}

// "（二十）财税部门应认真落实…优惠政策。" before "（二十一）…。…": a numbered sentence
// followed by a numbered paragraph of its level is one of a run of them, not a heading (a
// 楷体 heading such as "（三）基本原则。" introduces unnumbered text).
bool PageReader::among_numbered_sentences(const std::vector<const Line*>& lines, std::size_t i, int level) const {
    const Line& l = *lines[i];
    if (fold_char(l.c.back()) != U'。') {
        return false;
    }
    if (starts_with(l.c, U"第") && contains(l.c.substr(0, 8), U"条")) {
        return true;  // 第十六条 …。: an article of a regulation
    }
    int next = 0;
    return i + 1 < lines.size() && heading_marker(lines[i + 1]->text, next) > 0 && next == level &&
           !heading_level(lines[i + 1]->text);
}

// The number of 第X章 lines in a row from i, numbered on from the first.
std::size_t PageReader::chapter_list_run(const std::vector<const Line*>& lines, std::size_t i) const {
    int level = 0;
    int number = 0;
    std::size_t k = i;
    int expected = 0;
    while (k < lines.size() && starts_with(lines[k]->c, U"第") && heading_marker(lines[k]->text, level, &number) > 0 &&
           level == 1 && !has_sentence_punctuation(lines[k]->c) && lines[k]->c.size() <= 30 &&
           (expected == 0 || number == expected)) {
        expected = number + 1;
        ++k;
    }
    return k - i;
}

// The number of lines from i that make a list: two or more short numbered lines in a row,
// numbered on from the first, with one marker style (GB/T 9704 §7.3.4, docs/spec/gbt9704.md §6).
std::size_t PageReader::list_run(const std::vector<const Line*>& lines, std::size_t i) const {
    int number = list_item_number(lines[i]->text);
    if (number == 0) {
        return 0;
    }
    const char32_t style = marker_style(lines[i]->text);
    std::size_t k = i + 1;
    while (k < lines.size() && list_item_number(lines[k]->text) == number + 1 &&
           marker_style(lines[k]->text) == style) {
        ++number;
        ++k;
    }
    return k - i >= 2 ? k - i : 0;
}

// A clause's enumeration: "（一）部署国务院的重要工作；" "（二）…；" "（三）通报国内外形势。" —
// numbered items in a row, each but the last ending in ；，、 as parts of one sentence.
std::size_t PageReader::enumeration_run(const std::vector<const Line*>& lines, std::size_t i) const {
    int level = 0;
    int number = 0;
    if (heading_marker(lines[i]->text, level, &number) == 0) {
        return 0;
    }
    std::size_t k = i;
    for (;; ++k) {
        const U32& c = lines[k]->c;
        const bool continues = c.size() <= 200 && (c.back() == ';' || c.back() == ',' || c.back() == U'、');
        int next_level = 0;
        int next_number = 0;
        if (!continues || k + 1 >= lines.size() || heading_marker(lines[k + 1]->text, next_level, &next_number) == 0 ||
            next_level != level || next_number != number + 1) {
            break;
        }
        ++number;
    }
    return k > i ? k - i + 1 : 0;
}

// Lines of an unnumbered section title starting at i, or 0: a short line without sentence
// punctuation between paragraphs and before prose or a numbered heading ("2022年工作回顾",
// "全面推进法治政府建设"), also wrapped over two lines ("国务院职业教育工作" / "部际联席会议
// 成员名单"); a "——" line heading the paragraphs under it; a document's title after text.
int PageReader::section_title_lines(const std::vector<const Line*>& lines, std::size_t i) const {
    const Line& l = *lines[i];
    auto before_text = [&](std::size_t k) {
        if (k >= lines.size()) {
            return false;
        }
        const Line& next = *lines[k];
        return ((has_sentence_punctuation(next.c) && next.c.size() >= 12) || heading_level(next.text) ||
                list_item_number(next.text) > 0) &&
               !whole_line_date(next);
    };
    const bool after_text = i == 0 || is_sentence_end(lines[i - 1]->c.back()) || heading_level(lines[i - 1]->text) ||
                            fold_char(lines[i - 1]->c.back()) == U'”' || fold_char(lines[i - 1]->c.back()) == ')';
    if (!after_text || is_organ_line(l)) {
        return 0;
    }
    if ((is_section_title_shape(l) || is_document_title(l.text)) && before_text(i + 1)) {
        return 1;
    }
    if (i + 1 < lines.size() && is_wrapped_tail(l, *lines[i + 1]) && is_section_title_shape(l) && before_text(i + 2)) {
        return 2;
    }
    // "——贯彻中央宏观调控政策取得重要成效，国民经济保持快速协调健康发展" over its paragraphs.
    if (is_dash_led(l.c) && l.c.size() <= 48 && !is_sentence_end(l.c.back()) && !has_full_stop(l.c) &&
        !is_speech_subtitle(l.c) && before_text(i + 1)) {
        return 1;
    }
    return 0;
}

// "…“三合一”。 徐振华 摄": the photographer's credit after the last sentence goes to
// meta.credits.
U32 PageReader::cut_photo_credit(const Line& l) {
    const U32& t = l.text;
    if (!ends_with(t, U"摄") && !ends_with(t, U"攝")) {
        return t;
    }
    const std::size_t stop = t.rfind(U'。');
    if (stop == U32::npos || t.size() - stop > 20) {
        return t;
    }
    const U32 tail = trim(t.substr(stop + 1));
    if (tail.empty() || !(contains(tail, U" ") || contains(tail, U"记者") || contains(tail, U"記者"))) {
        return t;
    }
    m_doc.meta.credits.push_back(to_utf8(tail));
    m_doc.dropped.push_back({l.number, "credit", to_utf8(tail)});
    return t.substr(0, stop + 1);
}

}  // namespace hsdoc::read::page
