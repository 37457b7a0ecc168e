// The web-article text reader. Section numbers (§) refer to spec/web-article.md.
//
// The page is read top to bottom through the zones of §1: site chrome, breadcrumb, title,
// metadata line(s) and widgets, body, trailing cruft. Every line that does not end up in
// the document is recorded in meta.dropped with a reason, so `hsdoc extract` shows a human
// what was cut (§9.6).
#include "read/text_reader.hpp"

#include "read/dates.hpp"
#include "read/punct.hpp"
#include "read/text_lines.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace hsdoc::read {
namespace {

using namespace text;

// ---------------------------------------------------------------------------------------
// The reader

// A line that is only a web address, perhaps after a label ("原文链接：https://…", "网址:
// http://…"): the address, else empty. Crawlers and "copy page" tools put the page's URL
// at the top or the bottom of the text.
U32 url_line(const U32& t) {
    std::size_t pos = 0;
    for (const char32_t* label : {U"原文链接", U"原文地址", U"原文网址", U"本文链接", U"文章链接", U"文章地址",
                                  U"页面地址", U"来源网址", U"网址", U"链接", U"URL", U"url", U"Link", U"link"}) {
        if (starts_with(t, label)) {
            pos = std::char_traits<char32_t>::length(label);
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
    for (char32_t c : rest) {
        if (is_space(c) || c > 0x7E || c < 0x21) {
            return {};
        }
    }
    return rest;
}

class TextReader {
public:
    explicit TextReader(const std::string& text) {
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
            } else if (!l.text.empty()) {
                m_lines.push_back(std::move(l));
            }
            start = nl + 1;
        }
    }

    model::Document run() {
        std::size_t i = read_head();
        read_body(i);
        finish();
        std::stable_sort(m_doc.meta.dropped.begin(), m_doc.meta.dropped.end(),
                         [](const model::DroppedLine& a, const model::DroppedLine& b) {
                             return a.line < b.line;
                         });
        return std::move(m_doc);
    }

private:
    void drop(const Line& l, const char* reason) {
        m_doc.meta.dropped.push_back({l.number, reason, to_utf8(l.text)});
    }

    // Zones 1–5: chrome, breadcrumb, title, metadata, widgets. Returns the first body line.
    std::size_t read_head() {
        const std::size_t n = m_lines.size();
        // §9.2: the metadata anchor is the first metadata line among the first lines; the
        // lines before it must look like a page head (short, no full stop), otherwise the
        // "anchor" is a line of body text and the page has no metadata.
        std::optional<std::size_t> anchor;
        const std::size_t limit = std::min<std::size_t>(n, 25);
        for (std::size_t i = 0; i < limit; ++i) {
            const Line& l = m_lines[i];
            if (is_breadcrumb(l)) {
                continue;
            }
            if (is_meta_line(l)) {
                anchor = i;
                break;
            }
            if (!is_chrome(l) && !is_widget(l) &&
                (has_full_stop(l.c) || l.c.size() > 90 || heading_level(l.text))) {
                break;
            }
        }
        std::vector<const Line*> candidates;
        const std::size_t head_end = anchor ? *anchor : 0;
        for (std::size_t i = 0; i < head_end; ++i) {
            classify_head_line(m_lines[i], candidates);
        }
        std::size_t i = head_end;
        if (anchor) {
            while (i < n) {
                const Line& l = m_lines[i];
                if (i > *anchor && opens_minutes_body(l)) {
                    break;
                }
                if (is_meta_line(l)) {
                    const std::optional<Field> pending = parse_meta_line(l);
                    drop(l, "metadata");
                    if (pending && i + 1 < n && is_value_line(m_lines[i + 1], *pending)) {
                        ++i;
                        set_field(*pending, m_lines[i].text, 0, m_lines[i].text);
                        drop(m_lines[i], "metadata");
                    }
                } else if (is_counter(l)) {
                    drop(l, "counter");
                } else if (is_widget(l)) {
                    drop(l, "widget");
                } else if (is_breadcrumb(l) && m_doc.meta.channel.empty()) {
                    m_doc.meta.channel = parse_breadcrumb(l);
                } else if (is_chrome(l) && l.c.size() <= 12) {
                    drop(l, "chrome");
                } else {
                    break;
                }
                ++i;
            }
        } else {
            // No metadata (§1: 004 title + body, 005 body only): chrome and breadcrumb,
            // then at most three title lines that do not read as prose. Short lines before
            // a breadcrumb near the top are a column menu (§1 zone 1).
            for (std::size_t k = i; k < n && k < i + 6; ++k) {
                if (is_breadcrumb(m_lines[k])) {
                    for (std::size_t j = i; j < k; ++j) {
                        drop(m_lines[j], "chrome");
                    }
                    i = k;
                    break;
                }
                if (has_full_stop(m_lines[k].c) || m_lines[k].c.size() > 120) {
                    break;
                }
            }
            while (i < n) {
                const Line& l = m_lines[i];
                if (is_breadcrumb(l) && m_doc.meta.channel.empty()) {
                    m_doc.meta.channel = parse_breadcrumb(l);
                } else if (is_chrome(l) || is_widget(l)) {
                    drop(l, "chrome");
                } else {
                    break;
                }
                ++i;
            }
            // Up to three title-like lines (引题, 主题, 副题 of a news page), each followed
            // by more text.
            while (i + 1 < n && candidates.size() < 3 && looks_like_title(m_lines[i]) &&
                   !starts_with(m_lines[i].text, U"■") && !starts_with(m_lines[i].text, U"□") &&
                   !contains(m_lines[i].c, U"记者") && !contains(m_lines[i].c, U"記者")) {
                candidates.push_back(&m_lines[i]);
                ++i;
            }
        }
        choose_title(candidates);
        // Disclosure tables name the document (文件名称/名称, labels README 025), more
        // reliably than a head line; the lines after the table then repeat it, possibly
        // wrapped, and are dropped from the body.
        if (!m_table_title.empty() && utf8::to_u32(m_doc.meta.title) != m_table_title) {
            if (!m_doc.meta.title.empty()) {
                m_doc.meta.dropped.push_back({0, "title replaced by the table's 名称",
                                              m_doc.meta.title});
            }
            m_doc.meta.title = to_utf8(m_table_title);
            m_doc.meta.subtitle.clear();
        }
        // Disclosure pages put the table before the title: a title line right after it.
        if (m_doc.meta.title.empty() && anchor && i + 1 < n && looks_like_title(m_lines[i]) &&
            !heading_level(m_lines[i].text)) {
            m_doc.meta.title = to_utf8(m_lines[i].text);
            ++i;
        }
        if (m_doc.meta.title.empty() && !m_table_title.empty()) {
            m_doc.meta.title = to_utf8(m_table_title);
        }
        // 021: the title's only copy is the breadcrumb's last crumb.
        if (m_doc.meta.title.empty() && m_doc.meta.channel.size() >= 2) {
            const U32 last = utf8::to_u32(m_doc.meta.channel.back());
            if (last.size() >= 10 && !has_full_stop(last)) {
                m_doc.meta.title = m_doc.meta.channel.back();
            }
        }
        return i;
    }

    // "时间：2023年2月3日" after the metadata, once a publication date is known, opens a
    // minutes body (时间/地点/主持/出席), not more metadata.
    bool opens_minutes_body(const Line& l) const {
        return m_published_rank > 0 &&
               (match_label_colon(l.text, 0, U"时间") != U32::npos ||
                match_label_colon(l.text, 0, U"日期") != U32::npos ||
                match_label_colon(l.text, 0, U"会议时间") != U32::npos);
    }

    static bool looks_like_title(const Line& l) {
        const U32& c = l.c;
        return c.size() >= 4 && c.size() <= 80 && !is_sentence_end(c.back()) &&
               !has_full_stop(c) && !heading_level(l.text) && !match_date(l.text, 0) &&
               han_count(c) * 2 >= c.size();
    }

    void classify_head_line(const Line& l, std::vector<const Line*>& candidates) {
        if (is_breadcrumb(l)) {
            // Zone 1 comes before zone 2 (§1): what precedes the breadcrumb is site chrome
            // (a column menu "政务公开 / 政府动态"), never the title.
            for (const Line* c : candidates) {
                drop(*c, "chrome");
            }
            candidates.clear();
            if (m_doc.meta.channel.empty()) {
                m_doc.meta.channel = parse_breadcrumb(l);
            } else {
                drop(l, "breadcrumb");
            }
        } else if (is_chrome(l)) {
            drop(l, "chrome");
        } else if (is_widget(l) || is_counter(l)) {
            drop(l, "widget");
        } else {
            candidates.push_back(&l);
        }
    }

    // Title = the non-empty line(s) between breadcrumb/chrome and the metadata (§4, §9.2).
    void choose_title(std::vector<const Line*> cands) {
        // A short first line followed by the real title is the site name ("今日舞阳", §2).
        while (cands.size() >= 2 && cands[0]->c.size() <= 8 &&
               cands[1]->c.size() > cands[0]->c.size() && !is_subtitle_like(*cands[1])) {
            drop(*cands[0], "chrome");
            cands.erase(cands.begin());
        }
        if (cands.empty()) {
            return;
        }
        // Repeated title (page title and article title, §4): keep one.
        for (std::size_t k = 1; k < cands.size();) {
            if (cands[k]->c == cands[k - 1]->c) {
                drop(*cands[k], "repeated title");
                cands.erase(cands.begin() + static_cast<std::ptrdiff_t>(k));
            } else {
                ++k;
            }
        }
        // The main line is the first one that is not a 引题: title first, then 副题 lines
        // (§4, "a line of topics, a line ××主持并讲话 ××出席"). A 引题 before the title
        // (labels README, 034) pairs two slogans with a space, or is a shorter slogan with
        // none of the words a headline of a meeting or a document has.
        auto kicker_like = [](const Line& l, const Line* next) {
            if (next == nullptr) {
                return false;
            }
            if (contains(l.text, U" ") || contains(l.text, U"\u3000") || is_subtitle_like(l)) {
                return true;
            }
            static const std::initializer_list<const char32_t*> k_headline_words = {
                U"会", U"召开", U"举行", U"关于", U"通知", U"公告", U"意见", U"办法", U"方案",
                U"决定", U"报告", U"纪要", U"调研", U"检查", U"视察", U"部署", U"主持", U"印发"};
            return l.c.size() < next->c.size() && !contains_any(l.c, k_headline_words);
        };
        std::size_t main = 0;
        while (main + 1 < cands.size() && kicker_like(*cands[main], cands[main + 1])) {
            ++main;
        }
        U32 title = cands[main]->text;
        std::size_t last = main;
        while (last + 1 < cands.size() && is_wrapped_tail(*cands[last], *cands[last + 1])) {
            title += cands[last + 1]->text;
            ++last;
        }
        std::size_t first = main;
        while (first > 0 && is_wrapped_head(*cands[first - 1], *cands[first])) {
            title = cands[first - 1]->text + title;
            --first;
        }
        for (std::size_t k = 0; k < first; ++k) {
            drop(*cands[k], "kicker");
        }
        U32 subtitle;
        for (std::size_t k = last + 1; k < cands.size(); ++k) {
            if (!subtitle.empty()) {
                subtitle += U" ";
            }
            subtitle += cands[k]->text;
        }
        m_doc.meta.title = to_utf8(title);
        m_doc.meta.subtitle = to_utf8(subtitle);
    }

    static bool is_subtitle_like(const Line& l) {
        return starts_with(l.c, U"—") || starts_with(l.c, U"--") || starts_with(l.c, U"―") ||
               ends_with(l.c, U"讲话") || ends_with(l.c, U"出席") || ends_with(l.c, U"主持") ||
               starts_with(l.c, U"(") || contains(l.c, U"会议上");
    }

    // A headline wrapped over lines (§4): pieces with no inner spaces, the first one left
    // hanging ("…关于" "…的") or the last one ending in a document kind ("…的通知").
    static bool ends_dangling(const U32& c) {
        for (const char32_t* e : {U"关于", U"的", U"和", U"与", U"及", U"暨", U"在", U"对", U"为",
                                  U"、", U"《", U"“", U"(", U"进一步", U"加强", U"做好"}) {
            if (ends_with(c, e)) {
                return true;
            }
        }
        return false;
    }

    static bool ends_with_kind(const U32& c) {
        for (const char32_t* e : {U"通知", U"意见", U"办法", U"规定", U"规则", U"方案", U"决定",
                                  U"公告", U"通报", U"纪要", U"细则", U"条例", U"规划", U"计划",
                                  U"要点", U"批复", U"函", U"(试行)", U"(暂行)"}) {
            if (ends_with(c, e)) {
                return true;
            }
        }
        return false;
    }

    static bool plain_piece(const Line& l) {
        return !l.c.empty() && l.c.size() <= 40 && !contains(l.text, U" ") &&
               !contains(l.text, U"\u3000") && !is_subtitle_like(l) && !is_sentence_end(l.c.back());
    }

    static bool is_wrapped_tail(const Line& a, const Line& b) {
        return plain_piece(a) && plain_piece(b) && b.c.size() <= 24 &&
               (ends_dangling(a.c) || ends_with_kind(b.c));
    }

    static bool is_wrapped_head(const Line& a, const Line& b) {
        return plain_piece(a) && plain_piece(b) && ends_dangling(a.c);
    }

    // Parses one metadata line. Returns the field of a last label left without a value
    // ("• 发布日期:" with the value on the next line, zb.gov.cn-style disclosure lists).
    std::optional<Field> parse_meta_line(const Line& l) {
        const U32& s = l.text;
        if (auto d = leading_meta_date(s); d && m_published_rank < 2) {
            m_doc.meta.published = d->iso;
            m_published_rank = 2;
        } else if (auto e = embedded_meta_date(l); e && m_published_rank < 2 && find_labels(s).empty()) {
            m_doc.meta.published = e->iso;
            m_published_rank = 2;
        }
        std::vector<LabelHit> hits = find_labels(s);
        if (hits.empty()) {
            hits = table_row_labels(l);
        }
        // A date-time standing on its own between the fields (§5.2 "来源:… 作者:…
        // YYYY-MM-DD HH:MM:SS") is the publication time when no label gives one.
        if (m_published_rank < 2 && !hits.empty()) {
            for (std::size_t p = 1; p < s.size(); ++p) {
                if (!is_space(s[p - 1]) || !is_digit(s[p])) {
                    continue;
                }
                bool in_dated_value = false;
                for (const LabelHit& h : hits) {
                    const bool dated = h.field == Field::published ||
                                       h.field == Field::published_low ||
                                       (h.field == Field::ignored &&
                                        (ends_with(U32(h.text), U"时间") || ends_with(U32(h.text), U"日期")));
                    std::size_t vb = h.value_start;
                    while (vb < s.size() && is_space(s[vb])) {
                        ++vb;
                    }
                    in_dated_value = in_dated_value || (dated && vb == p);
                }
                const auto d = match_date(s, p);
                if (d && d->has_time && !in_dated_value) {
                    m_doc.meta.published = d->iso;
                    m_published_rank = 2;
                    break;
                }
            }
        }
        std::optional<Field> pending;
        for (std::size_t k = 0; k < hits.size(); ++k) {
            const LabelHit& h = hits[k];
            const std::size_t end = k + 1 < hits.size() ? hits[k + 1].start : s.size();
            std::size_t b = h.value_start;
            while (b < s.size() && is_space(s[b])) {
                ++b;
            }
            set_field(h.field, s, b, value_between(s, h.value_start, end));
            pending.reset();
            if (k + 1 == hits.size() && trim(s.substr(h.value_start)).empty()) {
                pending = h.field;
            }
        }
        return pending;
    }

    void set_field(Field field, const U32& s, std::size_t value_pos, const U32& v) {
        model::Meta& meta = m_doc.meta;
        switch (field) {
        case Field::published:
        case Field::published_low: {
            const int rank = field == Field::published ? 3 : 1;
            if (auto d = match_date(s, value_pos); d && rank > m_published_rank) {
                meta.published = d->iso;
                m_published_rank = rank;
            }
            break;
        }
        case Field::source:
            if (meta.source.empty() && !v.empty()) {
                meta.source = to_utf8(v);
            }
            break;
        case Field::author:
            if (meta.author.empty() && !v.empty()) {
                meta.author = to_utf8(v);
            }
            break;
        case Field::editor_chief:
        case Field::editor_short:
        case Field::editor: {
            const int rank = field == Field::editor_chief   ? 3
                             : field == Field::editor_short ? 2
                                                            : 1;
            if (!v.empty() && rank > m_editor_rank) {
                meta.editor = to_utf8(v);
                m_editor_rank = rank;
            }
            break;
        }
        case Field::doc_number:
            if (meta.doc_number.empty() && !v.empty()) {
                meta.doc_number = to_utf8(v);
            }
            break;
        case Field::title:
            if (m_table_title.empty() && !v.empty()) {
                m_table_title = v;
            }
            break;
        default:
            break;
        }
    }

    // The value line under a label left empty: short, not itself metadata or prose.
    bool is_value_line(const Line& l, Field field) const {
        if (field == Field::counter || field == Field::widget || l.c.size() > 60 ||
            has_full_stop(l.c) || is_breadcrumb(l)) {
            return false;
        }
        if (field == Field::published || field == Field::published_low) {
            const auto d = match_date(l.text, 0);
            return d && trim(l.text.substr(d->length)).empty();
        }
        if (is_meta_line(l)) {
            return false;
        }
        return !is_sentence_end(l.c.back()) && !heading_level(l.text);
    }

    // Zone 6 up to the first trailing-cruft marker (§7, §8, §9.4).
    void read_body(std::size_t i) {
        const std::size_t n = m_lines.size();
        const U32 title_c = compact(utf8::to_u32(m_doc.meta.title));
        skip_display_headline(i);
        bool cut = false;
        for (; i < n; ++i) {
            const Line& l = m_lines[i];
            if (cut) {
                note_tail_editor(l);
                drop(l, "trailing");
                continue;
            }
            if (is_tail_marker(l) ||
                ((is_phone_line(l) || is_weak_tail_marker(l)) && !m_doc.blocks.empty() &&
                 rest_is_cruft(i + 1))) {
                cut = true;
                note_tail_editor(l);
                drop(l, "trailing");
                continue;
            }
            if (is_script_or_style(l)) {
                drop(l, "script");
                continue;
            }
            if (m_doc.blocks.empty() && is_meta_line(l) && !opens_minutes_body(l) &&
                l.c.size() <= 80) {
                // "信息来源: 市人民政府办公室" under the repeated title of a disclosure page.
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
            if (is_caption(l) ||
                (m_after_caption && l.c.size() <= 16 && !is_sentence_end(l.c.back()) &&
                 !has_full_stop(l.c) && !heading_level(l.text) && !is_document_title(l.text))) {
                drop(l, "caption");
                m_after_caption = true;
                continue;
            }
            m_after_caption = false;
            if (m_doc.blocks.empty() && body_head_line(l, i, title_c)) {
                continue;
            }
            if (is_counter(l) && m_doc.blocks.empty()) {
                drop(l, "counter");
                continue;
            }
            add_block(l);
        }
    }

    // A phone list ends the body only when nothing but more of the same follows (§8
    // "officials with phone numbers"); a contact line inside a notice is content.
    bool rest_is_cruft(std::size_t from) const {
        for (std::size_t k = from; k < m_lines.size(); ++k) {
            const Line& l = m_lines[k];
            if (!(is_phone_line(l) || is_tail_marker(l) || is_weak_tail_marker(l) || is_chrome(l) ||
                  (l.c.size() <= 10 && !has_full_stop(l.c)))) {
                return false;
            }
        }
        return true;
    }

    // News pages repeat the headline as a display block (引题/主题/副题) before the first
    // paragraph's dateline ("本报讯", "××网济南1月24日讯"): not body (labels README, 038).
    void skip_display_headline(std::size_t& i) {
        const std::size_t n = m_lines.size();
        const U32 title_c = compact(utf8::to_u32(m_doc.meta.title));
        for (std::size_t j = i; j < n && j < i + 5; ++j) {
            const U32& c = m_lines[j].c;
            // The title repeated under a 引题 line ("…專題講座第二講" / title): both go.
            if (j > i && !title_c.empty() && c == title_c) {
                for (std::size_t k = i; k <= j; ++k) {
                    drop(m_lines[k], "headline");
                }
                i = j + 1;
                return;
            }
            const std::size_t xun = c.find(U'讯');
            const bool dateline = starts_with(c, U"本报") || starts_with(c, U"新华社") ||
                                  (xun != U32::npos && xun < 24 && xun + 1 < c.size());
            if (dateline && j > i) {
                for (std::size_t k = i; k < j; ++k) {
                    drop(m_lines[k], "headline");
                }
                i = j;
                return;
            }
            if (has_full_stop(c) || c.size() > 40 || is_sentence_end(c.back())) {
                return;
            }
        }
    }

    // 【我要纠错】责任编辑：王洋 — the editor's name is metadata even though the line is cut.
    void note_tail_editor(const Line& l) {
        if (contains_any(l.c, {U"责任编辑:", U"责编:", U"責任編輯:"}) ||
            (starts_with(l.c, U"编辑:") && l.c.size() <= 20)) {
            credit_to_meta(l.text, m_doc.meta, m_editor_rank);
        }
    }

    // Lines that open the body but belong to the head (labels README "not body"): the title
    // repeated (also wrapped), 纪要 期号 and compiling office, 文号, 题注, 副题.
    bool body_head_line(const Line& l, std::size_t& i, const U32& title_c) {
        if (!title_c.empty()) {
            if (l.c == title_c) {
                drop(l, "repeated title");
                return true;
            }
            if (l.c.size() >= 4 && starts_with(title_c, l.c)) {
                U32 joined = l.c;
                std::size_t k = i + 1;
                while (k < m_lines.size() && k <= i + 3 && joined.size() < title_c.size()) {
                    joined += m_lines[k].c;
                    ++k;
                }
                if (joined == title_c) {
                    for (std::size_t j = i; j < k; ++j) {
                        drop(m_lines[j], "repeated title");
                    }
                    i = k - 1;
                    return true;
                }
            }
        }
        if (is_issue_number(l.c)) {
            if (m_doc.meta.doc_number.empty()) {
                m_doc.meta.doc_number = to_utf8(strip_outer_parens(l.c));
            }
            drop(l, "issue number");
            return true;
        }
        if (is_doc_number(l.c)) {
            if (m_doc.meta.doc_number.empty()) {
                m_doc.meta.doc_number = to_utf8(l.c);
            }
            drop(l, "document number");
            return true;
        }
        // "区政府办公室   2023年2月5日" under a 纪要 期号: the compiling office and date.
        if (!m_doc.meta.doc_number.empty() && l.c.size() <= 40 && !has_full_stop(l.c)) {
            for (std::size_t p = 1; p < l.text.size(); ++p) {
                if (is_space(l.text[p - 1]) && match_date(l.text, p) &&
                    match_date(l.text, p)->length + p == l.text.size()) {
                    if (m_doc.meta.issuer.empty()) {
                        m_doc.meta.issuer = to_utf8(trim(l.text.substr(0, p)));
                    }
                    drop(l, "minutes header");
                    return true;
                }
            }
        }
        // 题注 / 副题 right under the title: "——在…会议上", "（2023年1月5日在…会议上）".
        if (!m_doc.meta.title.empty() && l.c.size() <= 50 &&
            (starts_with(l.c, U"——") || starts_with(l.c, U"--") ||
             ((starts_with(l.c, U"(")) && ends_with(l.c, U")") && contains(l.c, U"会议")) ||
             (ends_with(l.c, U"会议上") && !has_full_stop(l.c)))) {
            append_subtitle(l.text);
            m_in_subtitle = true;
            drop(l, "subtitle");
            return true;
        }
        // The speaker line after a 题注: "代区长  张三".
        if (m_in_subtitle && l.c.size() <= 12 && !has_full_stop(l.c) && !is_sentence_end(l.c.back())) {
            append_subtitle(l.text);
            drop(l, "subtitle");
            return true;
        }
        m_in_subtitle = false;
        return false;
    }

    void append_subtitle(const U32& t) {
        if (!m_doc.meta.subtitle.empty()) {
            m_doc.meta.subtitle += " ";
        }
        m_doc.meta.subtitle += to_utf8(t);
    }

    // "…“三合一”。 徐振华 摄": the photographer's credit after the last sentence goes to
    // meta.credits.
    U32 cut_photo_credit(const Line& l) {
        const U32& t = l.text;
        if (!ends_with(t, U"摄") && !ends_with(t, U"攝")) {
            return t;
        }
        const std::size_t stop = t.rfind(U'。');
        if (stop == U32::npos || t.size() - stop > 20) {
            return t;
        }
        const U32 tail = trim(t.substr(stop + 1));
        if (tail.empty() ||
            !(contains(tail, U" ") || contains(tail, U"记者") || contains(tail, U"記者"))) {
            return t;
        }
        m_doc.meta.credits.push_back(to_utf8(tail));
        m_doc.meta.dropped.push_back({l.number, "credit", to_utf8(tail)});
        return t.substr(0, stop + 1);
    }

    void add_block(const Line& l) {
        model::Block b;
        b.source_line = l.number;
        std::string role;
        U32 names;
        if (auto level = heading_level(l.text)) {
            b.kind = model::BlockKind::heading;
            b.level = *level;
            b.text = to_utf8(l.text);
        } else if (attendance(l.text, role, names)) {
            b.kind = model::BlockKind::attendance;
            b.role = role;
            b.text = to_utf8(names);
        } else if (l.c == U"(此件公开发布)" || l.c == U"(此件主动公开)" ||
                   l.c == U"(此件依申请公开)" || l.c == U"(此件不公开)") {
            b.kind = model::BlockKind::note;
            b.text = to_utf8(l.text);
        } else if (is_document_title(l.text) && m_doc.blocks.size() >= 1) {
            b.kind = model::BlockKind::heading;
            b.level = 1;
            b.text = to_utf8(l.text);
        } else {
            b.text = to_utf8(cut_photo_credit(l));
        }
        m_doc.blocks.push_back(std::move(b));
    }

    void finish() {
        auto& blocks = m_doc.blocks;
        // A bare parenthesised credit standing last ("（县政府办）"), then an inline credit
        // at the end of the last paragraph ("…其他事项。（县政府办供稿）"): metadata.
        while (!blocks.empty() && blocks.back().kind == model::BlockKind::paragraph) {
            const U32 t = utf8::to_u32(blocks.back().text);
            const U32 c = compact(t);
            if (c.size() >= 3 && c.size() <= 24 && c.front() == '(' && c.back() == ')' &&
                !has_full_stop(c) && !contains(c, U",") && !contains(c, U"此件")) {
                m_doc.meta.credits.push_back(to_utf8(t));
                credit_to_meta(t, m_doc.meta, m_editor_rank);
                m_doc.meta.dropped.push_back({blocks.back().source_line, "credit", to_utf8(t)});
                blocks.pop_back();
            } else {
                break;
            }
        }
        if (!blocks.empty() && blocks.back().kind == model::BlockKind::paragraph) {
            U32 t = utf8::to_u32(blocks.back().text);
            const char32_t close = t.empty() ? 0 : t.back();
            if (close == ')' || close == U'）') {
                const char32_t open = close == ')' ? '(' : U'（';
                const std::size_t p = t.rfind(open);
                if (p != U32::npos && p > 0) {
                    const U32 inner = t.substr(p + 1, t.size() - p - 2);
                    const char32_t before = fold_char(t[p - 1]);
                    if ((before == U'。' || before == '!' || before == '?' || before == U'”') &&
                        !inner.empty() && inner.size() <= 40 && !has_full_stop(inner) &&
                        !contains(inner, U"此件")) {
                        const U32 credit = t.substr(p);
                        m_doc.meta.credits.push_back(to_utf8(credit));
                        credit_to_meta(credit, m_doc.meta, m_editor_rank);
                        m_doc.meta.dropped.push_back(
                            {blocks.back().source_line, "credit", to_utf8(credit)});
                        blocks.back().text = to_utf8(trim(t.substr(0, p)));
                    }
                }
            }
        }
        // Punctuation (clreq §9.4) on everything that is typeset or printed as metadata.
        model::Meta& m = m_doc.meta;
        for (std::string* s : {&m.title, &m.subtitle, &m.issuer, &m.doc_number, &m.source,
                               &m.author, &m.editor}) {
            *s = normalise_punctuation(*s);
        }
        for (std::string& item : m.channel) {
            item = normalise_punctuation(item);
        }
        for (model::Block& b : blocks) {
            b.text = normalise_punctuation(b.text);
        }
        for (std::string& c : m.credits) {
            c = normalise_punctuation(c);
        }
    }

    std::vector<Line> m_lines;
    model::Document m_doc;
    U32 m_table_title;
    int m_published_rank = 0;  // 3 publication label, 2 leading date-time, 1 生成日期/发文日期
    int m_editor_rank = 0;     // 3 责任编辑, 2 责编, 1 编辑
    bool m_in_subtitle = false;
    bool m_after_caption = false;  // the previous body line was a photo caption
};

}  // namespace

model::Document read_text(const std::string& utf8_text) {
    TextReader reader(utf8_text);
    return reader.run();
}

}  // namespace hsdoc::read

