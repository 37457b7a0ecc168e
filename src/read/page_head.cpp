// Zones 1–5 of a text page: site chrome, breadcrumb, title (with its kicker and 副题),
// metadata lines and widgets (§1–§5 of docs/spec/web-article.md).
#include "read/page_reader.hpp"

namespace hsdoc::read::page {
namespace {

// Two slogans side by side: "坚持实干为先 推动高质量发展" — a space between Chinese phrases,
// outside any bracket.
bool is_slogan_pair(const Line& l) {
    int depth = 0;
    for (std::size_t i = 1; i + 1 < l.text.size(); ++i) {
        const char32_t c = fold_char(l.text[i]);
        depth += (c == '(' || c == U'【' || c == U'《') ? 1 : 0;
        depth -= (c == ')' || c == U'】' || c == U'》') ? 1 : 0;
        if (depth == 0 && c == ' ' && is_han(l.text[i - 1]) && is_han(l.text[i + 1])) {
            return true;
        }
    }
    return false;
}

// A 引题 before the title (labels README, 034): two slogans side by side, or a shorter
// slogan over a headline of an event: no year, none of a headline's words, while the line
// under it has them ("凝心聚力谋发展" / "全市重点项目建设推进会召开").
bool kicker_like(const Line& l, const Line& next) {
    if (contains_any(l.c, k_headline_words)) {
        return false;
    }
    const bool digits = std::any_of(l.c.begin(), l.c.end(), [](char32_t c) { return is_digit(c); });
    return is_slogan_pair(l) || (!digits && l.c.size() < next.c.size() && contains_any(next.c, k_headline_words));
}

}  // namespace

// Zones 1–5. Returns the index of the first body line.
std::size_t PageReader::read_head() {
    std::vector<const Line*> candidates;
    const std::size_t start = locate_article();
    const std::optional<std::size_t> anchor = find_meta_anchor(start);
    std::size_t i = start;
    if (anchor) {
        for (; i < *anchor; ++i) {
            classify_head_line(m_lines[i], candidates);
        }
        i = read_meta_zone(*anchor);
    } else {
        i = read_title_zone_without_meta(start, candidates);
    }
    choose_title(candidates);
    const std::size_t n = m_lines.size();
    // Disclosure tables name the document (文件名称/标题, labels README 025), more reliably
    // than a head line.
    if (!m_table_title.empty() && utf8::to_u32(m_doc.meta.title) != m_table_title) {
        for (const Line* l : m_title_lines) {
            drop(*l, "title, given in full by the table's 名称");
        }
        m_doc.meta.title = to_utf8(m_table_title);
    }
    // Disclosure pages put the table before the title: a title line right after it.
    if (m_doc.meta.title.empty() && anchor && i + 1 < n && looks_like_title(m_lines[i]) && !is_meta_line(m_lines[i])) {
        m_doc.meta.title = to_utf8(m_lines[i].text);
        ++i;
        while (i + 1 < n && is_wrapped_tail(m_lines[i - 1], m_lines[i])) {
            m_doc.meta.title += to_utf8(m_lines[i].text);
            ++i;
        }
        // The page's own metadata line may follow the title as well.
        if (i < n && is_meta_line(m_lines[i])) {
            i = read_meta_zone(i);
        }
    }
    // 021: the title's only copy is the breadcrumb's last crumb.
    if (m_doc.meta.title.empty() && m_doc.meta.channel.size() >= 2) {
        const U32 last = utf8::to_u32(m_doc.meta.channel.back());
        if (last.size() >= 10 && !has_full_stop(last)) {
            m_doc.meta.title = m_doc.meta.channel.back();
        }
    }
    m_notice_title = compact(utf8::to_u32(m_doc.meta.title));
    return i;
}

// Zone 1 (§1, §2): the article's head starts after the last breadcrumb above the first
// paragraph of prose; what comes before is the site's chrome and menus, however long (a
// portal's navigation may run to hundreds of lines). Returns the first line of the head.
std::size_t PageReader::locate_article() {
    const std::size_t n = m_lines.size();
    std::size_t first_prose = n;
    for (std::size_t i = 0; i < n; ++i) {
        if (prose_class(m_lines[i]) == Prose::good) {
            first_prose = i;
            break;
        }
    }
    std::optional<std::size_t> crumb;
    for (std::size_t i = 0; i < first_prose; ++i) {
        if (is_breadcrumb(m_lines[i])) {
            crumb = i;
        }
    }
    if (!crumb) {
        return 0;
    }
    for (std::size_t i = 0; i < *crumb; ++i) {
        drop(m_lines[i], is_breadcrumb(m_lines[i]) ? "breadcrumb" : "chrome");
    }
    m_doc.meta.channel = parse_breadcrumb(m_lines[*crumb]);
    drop(m_lines[*crumb], "breadcrumb");
    return *crumb + 1;
}

// §9.2: the metadata anchor is the first metadata line among the first lines of the head;
// the lines before it must look like a page head (short, no full stop), otherwise the
// "anchor" is a line of body text and the page has no metadata. A line of widgets alone
// ("分享到：") is no anchor.
std::optional<std::size_t> PageReader::find_meta_anchor(std::size_t start) const {
    const std::size_t limit = std::min<std::size_t>(m_lines.size(), start + 25);
    bool speech_head = false;  // past a 题注: a date alone is the speech's, not the page's
    for (std::size_t i = start; i < limit; ++i) {
        const Line& l = m_lines[i];
        if (is_breadcrumb(l)) {
            continue;
        }
        speech_head = speech_head || is_speech_subtitle(l.c) || glued_subtitle_at(l.text) != U32::npos;
        if (is_meta_line(l) && !(speech_head && whole_line_date(l)) && !is_widget(l)) {
            return i;
        }
        if (!is_chrome(l) && !is_widget(l) && (has_full_stop(l.c) || l.c.size() > 90 || heading_level(l.text))) {
            break;
        }
    }
    return std::nullopt;
}

// The metadata lines from the anchor on, with widgets, counters and a breadcrumb between
// them. Returns the first line after them.
std::size_t PageReader::read_meta_zone(std::size_t anchor) {
    const std::size_t n = m_lines.size();
    std::size_t i = anchor;
    for (; i < n; ++i) {
        const Line& l = m_lines[i];
        if (i > anchor && opens_minutes_body(l)) {
            break;
        }
        // A date alone after a labelled publication date belongs to the text ("2012年6月24日"
        // over a statement's speaker), not to the page's metadata.
        if (i > anchor && m_published_rank == 3 && whole_line_date(l)) {
            break;
        }
        // A header row of labels, its values in the row under it.
        if (const std::vector<Field> header = pipe_header(l); !header.empty() && i + 1 < n &&
                                                               pipe_cells(m_lines[i + 1]).size() == header.size()) {
            const std::vector<U32> values = pipe_cells(m_lines[i + 1]);
            for (std::size_t k = 0; k < header.size(); ++k) {
                set_field(header[k], values[k], 0, values[k]);
            }
            drop(l, "metadata");
            drop(m_lines[++i], "metadata");
            continue;
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
            drop(l, "breadcrumb");
        } else if (is_chrome(l) && l.c.size() <= 12) {
            drop(l, "chrome");
        } else {
            break;
        }
    }
    return i;
}

// No metadata (§1: 004 title + body, 005 body only): chrome and breadcrumb, then the title
// lines — a kicker, the title (wrapped or not), a 副题 — but never the speech head or the
// covering notice's title that open the body (page_body.cpp reads those).
std::size_t PageReader::read_title_zone_without_meta(std::size_t i, std::vector<const Line*>& candidates) {
    const std::size_t n = m_lines.size();
    // Short lines before a breadcrumb near the top are a column menu (§1 zone 1).
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
    for (; i < n; ++i) {
        const Line& l = m_lines[i];
        if (is_breadcrumb(l) && m_doc.meta.channel.empty()) {
            m_doc.meta.channel = parse_breadcrumb(l);
            drop(l, "breadcrumb");
        } else if (is_chrome(l) || is_widget(l)) {
            drop(l, "chrome");
        } else {
            break;
        }
    }
    auto opens_body_head = [&](std::size_t k) {
        return k + 1 < n && (is_speech_subtitle(m_lines[k + 1].c) || glued_subtitle_at(m_lines[k + 1].text) != U32::npos ||
                             is_addressee(m_lines[k + 1]));
    };
    while (i + 1 < n && candidates.size() < 3 && looks_like_title(m_lines[i]) && !is_speech_subtitle(m_lines[i].c) &&
           glued_subtitle_at(m_lines[i].text) == U32::npos && !starts_with(m_lines[i].text, U"■") &&
           !starts_with(m_lines[i].text, U"□") && !contains(m_lines[i].c, U"记者") && !contains(m_lines[i].c, U"記者")) {
        const Line& l = m_lines[i];
        if (!candidates.empty()) {
            const Line& prev = *candidates.back();
            const bool wrapped = is_wrapped_tail(prev, l);
            const bool after_kicker = candidates.size() == 1 && kicker_like(prev, l);
            const bool news_subtitle = is_subtitle_like(l);
            if ((!wrapped && opens_body_head(i)) || !(wrapped || after_kicker || news_subtitle)) {
                break;
            }
        }
        candidates.push_back(&l);
        ++i;
    }
    return i;
}

// "时间：2023年2月3日" after the metadata, once a publication date is known, opens a minutes
// body (时间/地点/主持/出席), not more metadata.
bool PageReader::opens_minutes_body(const Line& l) const {
    return m_published_rank > 0 &&
           (match_label_colon(l.text, 0, U"时间") != U32::npos || match_label_colon(l.text, 0, U"日期") != U32::npos ||
            match_label_colon(l.text, 0, U"会议时间") != U32::npos);
}

void PageReader::classify_head_line(const Line& l, std::vector<const Line*>& candidates) {
    if (is_breadcrumb(l)) {
        // Zone 1 comes before zone 2 (§1): what precedes the breadcrumb is site chrome (a
        // column menu "政务公开 / 政府动态"), never the title.
        for (const Line* c : candidates) {
            drop(*c, "chrome");
        }
        candidates.clear();
        if (m_doc.meta.channel.empty()) {
            m_doc.meta.channel = parse_breadcrumb(l);
        }
        drop(l, "breadcrumb");
    } else if (is_chrome(l)) {
        drop(l, "chrome");
    } else if (is_widget(l) || is_counter(l)) {
        drop(l, "widget");
    } else {
        candidates.push_back(&l);
    }
}

// Title = the non-empty line(s) between breadcrumb/chrome and the metadata (§4, §9.2): a
// kicker first, then the title (perhaps wrapped), then 副题 lines.
void PageReader::choose_title(std::vector<const Line*> cands) {
    // Short lines before the title (§2): two or more in a row are a menu ("首页" "省政府"
    // "要闻"); one alone is the site's name ("今日舞阳") or else a 引题 slogan, kept.
    std::size_t menu = 0;
    while (menu + 1 < cands.size() && cands[menu]->c.size() <= 8 && cands[menu + 1]->c.size() <= 8) {
        ++menu;
    }
    if (menu > 0 && menu + 1 < cands.size()) {
        for (std::size_t k = 0; k <= menu; ++k) {
            drop(*cands[k], "chrome");
        }
        cands.erase(cands.begin(), cands.begin() + static_cast<std::ptrdiff_t>(menu + 1));
    }
    if (cands.size() >= 2 && cands[0]->c.size() <= 8 && cands[1]->c.size() > cands[0]->c.size() &&
        !is_subtitle_like(*cands[1]) && contains_any(cands[0]->c, k_site_name_words)) {
        drop(*cands[0], "site name");
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
    std::size_t main = 0;
    while (main + 1 < cands.size() && !is_subtitle_like(*cands[main + 1]) &&
           (kicker_like(*cands[main], *cands[main + 1]) || is_subtitle_like(*cands[main]))) {
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
    for (std::size_t k = first; k <= last; ++k) {
        m_title_lines.push_back(cands[k]);
    }
    U32 kicker;
    for (std::size_t k = 0; k < first; ++k) {
        kicker += (kicker.empty() ? U"" : U" ") + cands[k]->text;
    }
    U32 subtitle;
    for (std::size_t k = last + 1; k < cands.size(); ++k) {
        subtitle += (subtitle.empty() ? U"" : U" ") + cands[k]->text;
    }
    m_doc.meta.kicker = to_utf8(kicker);
    m_doc.meta.title = to_utf8(title);
    m_doc.meta.subtitle = to_utf8(subtitle);
}

// Parses one metadata line. Returns the field of a last label left without a value ("•
// 发布日期:" with the value on the next line, zb.gov.cn-style disclosure lists).
std::optional<Field> PageReader::parse_meta_line(const Line& l) {
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
    if (hits.empty()) {
        if (const auto field = bare_label(l)) {
            return field;  // its value is on the next line
        }
    }
    // A date-time standing on its own between the fields (§5.2 "来源:… 作者:… YYYY-MM-DD
    // HH:MM:SS") is the publication time when no label gives one.
    if (m_published_rank < 2 && !hits.empty()) {
        for (std::size_t p = 1; p < s.size(); ++p) {
            if (!is_space(s[p - 1]) || !is_digit(s[p])) {
                continue;
            }
            bool in_dated_value = false;
            for (const LabelHit& h : hits) {
                const bool dated = h.field == Field::published || h.field == Field::published_low ||
                                   (h.field == Field::ignored && (ends_with(U32(h.text), U"时间") || ends_with(U32(h.text), U"日期")));
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

void PageReader::set_field(Field field, const U32& s, std::size_t value_pos, const U32& v) {
    model::Meta& meta = m_doc.meta;
    auto first = [&v](std::string& slot) {
        if (slot.empty() && !v.empty()) {
            slot = to_utf8(v);
        }
    };
    switch (field) {
    case Field::published:
    case Field::published_low: {
        const int rank = field == Field::published ? 3 : 1;
        // Short ROC dates ("98-01-15") only on Traditional pages, where they are the norm.
        const auto d = meta.lang == "zh-TW" ? value_date(s, value_pos) : match_date(s, value_pos);
        if (d && rank > m_published_rank) {
            meta.published = d->iso;
            m_published_rank = rank;
        }
        break;
    }
    case Field::source:
        first(meta.source);
        break;
    case Field::author:
        first(meta.author);
        break;
    case Field::issuer:
        first(meta.issuer);
        break;
    case Field::doc_number:
        first(meta.doc_number);
        break;
    case Field::editor_chief:
    case Field::editor_short:
    case Field::editor: {
        const int rank = field == Field::editor_chief ? 3 : field == Field::editor_short ? 2 : 1;
        if (!v.empty() && rank > m_editor_rank) {
            meta.editor = to_utf8(v);
            m_editor_rank = rank;
        }
        break;
    }
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
bool PageReader::is_value_line(const Line& l, Field field) const {
    if (field == Field::counter || field == Field::widget || l.c.size() > 60 || has_full_stop(l.c) || is_breadcrumb(l)) {
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

}  // namespace hsdoc::read::page
