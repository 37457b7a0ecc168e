// Metadata labels, values and metadata lines of a text page (§5 of docs/spec/web-article.md).
#include "read/page_classes.hpp"

namespace hsdoc::read::page {

// Matches `label` at s[pos], allowing spaces between its characters (letter-spaced labels,
// §5.1), then optional spaces and a colon. Returns the position after the colon, or npos.
std::size_t match_label_colon(const U32& s, std::size_t pos, const char32_t* label,
                              bool need_colon) {
    std::size_t j = pos;
    for (const char32_t* p = label; *p; ++p) {
        if (p != label) {
            std::size_t k = j;
            while (k < s.size() && is_space(s[k]) && k - j < 8) {
                ++k;
            }
            j = k;
        }
        if (j >= s.size() || fold_char(s[j]) != *p) {
            return U32::npos;
        }
        ++j;
    }
    std::size_t k = j;
    while (k < s.size() && is_space(s[k])) {
        ++k;
    }
    if (k < s.size() && (fold_char(s[k]) == ':')) {
        return k + 1;
    }
    if (!need_colon) {
        return j;
    }
    return U32::npos;
}


std::optional<LabelHit> label_at(const U32& s, std::size_t pos, bool need_colon) {
    for (const Label& l : k_labels) {
        const std::size_t v = match_label_colon(s, pos, l.text, need_colon);
        if (v != U32::npos) {
            return LabelHit{pos, v, l.field, l.text};
        }
    }
    return std::nullopt;
}

// All "label:" occurrences in a metadata line, left to right (fields may be glued, §5.3).
std::vector<LabelHit> find_labels(const U32& s) {
    std::vector<LabelHit> hits;
    for (std::size_t i = 0; i < s.size();) {
        if (auto h = label_at(s, i)) {
            hits.push_back(*h);
            i = h->value_start;
        } else {
            ++i;
        }
    }
    return hits;
}

// A value ends at the next label, a widget bracket, '|', or a wide gap (§9.3).
U32 value_between(const U32& s, std::size_t from, std::size_t to) {
    std::size_t b = from;
    while (b < to && is_space(s[b])) {
        ++b;
    }
    std::size_t e = b;
    while (e < to) {
        const char32_t c = s[e];
        if (c == U'【' || c == '[' || c == U'［' || c == U'〖' || c == '|' || c == U'丨' ||
            c == U'｜' || c == 0x3000) {
            break;
        }
        if (is_space(c) && e + 1 < to && is_space(s[e + 1])) {
            break;
        }
        // "編輯:redcloud 2023-05-09 17:03:07": an unlabelled date-time ends the value.
        if (is_space(c) && e + 1 < to && is_digit(s[e + 1])) {
            const auto d = match_date(s, e + 1);
            if (d && d->has_time) {
                break;
            }
        }
        ++e;
    }
    return trim(s.substr(b, e - b));
}

// Parses the "label:value" pairs of a credit line into meta (editor, source, author), only
// where the label is one the labels README counts for that field.
void credit_to_meta(const U32& text, model::Meta& meta, int& editor_rank) {
    U32 t = trim(text);
    while (!t.empty() && (t.back() == '|' || t.back() == U'丨' || is_space(t.back()))) {
        t.pop_back();
    }
    const U32 s = strip_outer_parens(t);
    for (const LabelHit& h : find_labels(s)) {
        std::size_t end = s.size();
        for (const LabelHit& o : find_labels(s)) {
            if (o.start > h.start) {
                end = std::min(end, o.start);
            }
        }
        const U32 v = value_between(s, h.value_start, end);
        if (v.empty()) {
            continue;
        }
        int rank = 0;
        if (h.field == Field::editor_chief) {
            rank = 3;
        } else if (h.field == Field::editor_short) {
            rank = 2;
        } else if (h.field == Field::editor) {
            rank = 1;
        }
        if (rank > editor_rank) {
            meta.editor = to_utf8(v);
            editor_rank = rank;
        } else if (h.field == Field::source && meta.source.empty()) {
            meta.source = to_utf8(v);
        } else if (h.field == Field::author && meta.author.empty()) {
            meta.author = to_utf8(v);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Metadata lines

// A line that starts with a date-time followed by nothing or by more metadata (§5.2:
// "YYYY-MM-DD HH:MM 来源：…", "YYYY/M/D H:MM:SS 次浏览 分类:…").
std::optional<DateMatch> leading_meta_date(const U32& text) {
    std::size_t i = 0;
    while (i < text.size() && (text[i] == U'•' || text[i] == U'【' || text[i] == '[')) {
        ++i;
    }
    auto d = match_date(text, i);
    if (!d) {
        return std::nullopt;
    }
    const U32 rest = trim(text.substr(i + d->length));
    if (rest.empty()) {
        return d;
    }
    const U32 rc = compact(rest);
    if (contains_any(rc, {U"星期", U"礼拜"})) {
        return std::nullopt;
    }
    if (rc[0] == '|' || rc[0] == U'丨' || rc[0] == U'【' || rc[0] == '[' || rc[0] == U'〖' ||
        starts_with(rc, U"次浏览") || starts_with(rc, U"浏览")) {
        return d;
    }
    if (label_at(rest, 0)) {
        return d;
    }
    // "2020-02-05 10:21:37 許雯 鄧琦 來源:新京報 責任編輯:林晨": bylines, then labels.
    if (rc.size() <= 80 && !has_full_stop(rc) && !find_labels(rest).empty()) {
        return d;
    }
    bool digits = true;
    for (char32_t ch : rc) {
        digits = digits && is_digit(ch);
    }
    if (digits) {
        return d;
    }
    return std::nullopt;
}

bool label_at_line_start(const Line& l) {
    std::size_t i = 0;
    while (i < l.text.size() && (l.text[i] == U'•' || l.text[i] == U'【' || l.text[i] == '[' ||
                                 is_space(l.text[i]))) {
        ++i;
    }
    return label_at(l.text, i).has_value();
}

// Disclosure tables copied as text lose their colons: "来源\t区政府办" (labels README,
// 007), "索   引   号 2019… 分        类 其他" (qqhr, §5.1 letter-spaced labels). A label
// counts at the line start or after a gap, followed by whitespace; the generic 时间/日期/
// 作者/编辑/发布 never open such a line, and 名称 only with a wide gap after it.
std::vector<LabelHit> table_row_labels(const Line& l) {
    std::vector<LabelHit> hits;
    const U32& s = l.text;
    if (l.c.size() > 200) {
        return hits;
    }
    auto loose_at = [&](std::size_t pos, bool first) -> std::optional<LabelHit> {
        for (const Label& lab : k_labels) {
            const U32 w(lab.text);
            if (lab.field == Field::counter || lab.field == Field::widget || w.size() < 2) {
                continue;
            }
            if (first && equals_any(w, k_labels_not_opening_rows)) {
                continue;
            }
            std::size_t j = pos;
            bool ok = true;
            bool spaced = false;
            for (std::size_t k = 0; k < w.size() && ok; ++k) {
                if (k > 0) {
                    std::size_t gap = 0;
                    while (j < s.size() && is_space(s[j]) && gap < 12) {
                        ++j;
                        ++gap;
                    }
                    spaced = spaced || gap > 0;
                }
                ok = j < s.size() && fold_char(s[j]) == w[k];
                ++j;
            }
            if (!ok || j >= s.size() || !is_space(s[j])) {
                continue;
            }
            std::size_t v = j;
            while (v < s.size() && is_space(s[v])) {
                ++v;
            }
            if (v >= s.size()) {
                continue;
            }
            if (w == U"名称" && v - j < 2 && !spaced) {
                continue;
            }
            return LabelHit{pos, j, lab.field, lab.text};
        }
        return std::nullopt;
    };
    std::size_t i = 0;
    while (i < s.size() && (s[i] == U'•' || is_space(s[i]))) {
        ++i;
    }
    auto first = loose_at(i, true);
    if (!first) {
        return hits;
    }
    hits.push_back(*first);
    for (std::size_t p = first->value_start + 1; p < s.size(); ++p) {
        if (is_space(s[p - 1]) && !is_space(s[p])) {
            if (auto h = loose_at(p, false)) {
                hits.push_back(*h);
                p = h->value_start;
            }
        }
    }
    return hits;
}

// "安徽日报 2015-06-17 16:57 大字", "栏目名2023-05-06 12:00" (§5.2): a short line with a
// date-time after a short name. Only with a time, so body lines with dates never match.
std::optional<DateMatch> embedded_meta_date(const Line& l) {
    if (l.c.size() > 40 || has_full_stop(l.c) || contains(l.c, U",")) {
        return std::nullopt;
    }
    for (std::size_t p = 1; p < l.text.size() && p <= 16; ++p) {
        if (!is_digit(l.text[p]) || is_digit(l.text[p - 1])) {
            continue;
        }
        auto d = match_date(l.text, p);
        if (d && d->has_time) {
            return d;
        }
    }
    return std::nullopt;
}

std::vector<U32> pipe_cells(const Line& l) {
    std::vector<U32> cells;
    U32 cur;
    for (char32_t ch : l.text) {
        if (ch == '|' || ch == U'｜' || ch == U'丨') {
            if (!trim(cur).empty()) {
                cells.push_back(trim(cur));
            }
            cur.clear();
        } else {
            cur += ch;
        }
    }
    if (!trim(cur).empty()) {
        cells.push_back(trim(cur));
    }
    return cells;
}

std::vector<Field> pipe_header(const Line& l) {
    std::vector<Field> fields;
    if (l.c.size() > 200 || !contains(l.c, U"|")) {
        return fields;
    }
    for (const U32& cell : pipe_cells(l)) {
        const Line c{0, cell, compact(cell)};
        const auto field = bare_label(c);
        if (!field) {
            return {};
        }
        fields.push_back(*field);
    }
    return fields.size() >= 2 ? fields : std::vector<Field>{};
}

std::optional<Field> bare_label(const Line& l) {
    for (const Label& lab : k_labels) {
        // Two-character labels (标题, 日期, 来源) alone are as likely a page's words as a label.
        if (length_of(lab.text) < 3 || lab.field == Field::counter || lab.field == Field::widget) {
            continue;
        }
        if (l.c == lab.text || (l.c.size() == length_of(lab.text) + 1 && l.c.back() == ':' && starts_with(l.c, lab.text))) {
            return lab.field;
        }
    }
    return std::nullopt;
}

bool is_meta_line(const Line& l) {
    // Metadata lines are short; the bound also keeps label scanning linear on huge lines.
    if (l.c.size() > 400) {
        return false;
    }
    if (embedded_meta_date(l) || label_at_line_start(l) || leading_meta_date(l.text) || bare_label(l) ||
        !pipe_header(l).empty()) {
        return true;
    }
    return !table_row_labels(l).empty();
}


std::optional<DateMatch> value_date(const U32& s, std::size_t pos) {
    if (auto d = match_date(s, pos)) {
        return d;
    }
    // "98-01-15", "098/1/15": a two- or three-digit year is the ROC era only in a value
    // (match_date alone takes it only before 年 or after 民國).
    std::size_t j = pos;
    while (j < s.size() && is_digit(s[j]) && j - pos < 4) {
        ++j;
    }
    if (j - pos < 2 || j - pos > 3 || j >= s.size() || (s[j] != '-' && s[j] != '/' && s[j] != '.')) {
        return std::nullopt;
    }
    const U32 with_era = U"民國" + s.substr(pos);
    auto d = match_date(with_era, 0);
    if (d) {
        d->length -= 2;
    }
    return d;
}

}  // namespace hsdoc::read::page
