// Shapes of body lines: headings, list items, the parts of a speech's head, a notice's
// addressee and signature, attachment markers (docs/spec/gbt9704.md §6–§7,
// docs/spec/web-article.md §7).
#include "read/page_classes.hpp"

namespace hsdoc::read::page {
namespace {

// Value of a Chinese numeral of up to two digits (一 … 九十九), or 0.
int chinese_value(const U32& s) {
    static const U32 k_digits = U"零一二三四五六七八九";
    int value = 0;
    int digit = -1;
    for (char32_t ch : s) {
        const std::size_t d = k_digits.find(ch == U'〇' || ch == U'○' ? U'零' : (ch == U'两' ? U'二' : ch));
        if (d != U32::npos) {
            digit = static_cast<int>(d);
        } else if (ch == U'十') {
            value += (digit < 0 ? 1 : digit) * 10;
            digit = -1;
        } else {
            return 0;
        }
    }
    return value + (digit < 0 ? 0 : digit);
}

int arabic_value(const U32& s) {
    int value = 0;
    for (char32_t ch : s) {
        value = value * 10 + static_cast<int>(fold_char(ch) - '0');
    }
    return value;
}

std::size_t count_digits(const U32& f, std::size_t from) {
    std::size_t i = from;
    while (i < f.size() && is_digit(f[i])) {
        ++i;
    }
    return i - from;
}

std::size_t count_numerals(const U32& f, std::size_t from) {
    std::size_t i = from;
    while (i < f.size() && is_cn_numeral(f[i])) {
        ++i;
    }
    return i - from;
}

// The text after a heading or list marker, trimmed.
U32 after_marker(const U32& t, std::size_t marker) {
    // The marker's length is in folded code points; folding never changes the length.
    return trim(t.substr(std::min(marker, t.size())));
}

}  // namespace

std::size_t heading_marker(const U32& t, int& level, int* number) {
    const U32 f = fold(t);
    int dummy = 0;
    int& n = number ? *number : dummy;
    if (!f.empty() && f[0] == U'第') {
        const std::size_t k = count_numerals(f, 1);
        const std::size_t d = k == 0 ? count_digits(f, 1) : 0;
        const std::size_t i = 1 + k + d;
        if (i > 1 && i < f.size()) {
            n = k > 0 ? chinese_value(f.substr(1, k)) : arabic_value(f.substr(1, d));
            switch (f[i]) {
            case U'编':
            case U'章':
                level = 1;
                return i + 1;
            case U'节':
                level = 2;
                return i + 1;
            case U'条':
                level = 3;
                return i + 1;
            default:
                return 0;
            }
        }
        return 0;
    }
    if (const std::size_t k = count_numerals(f, 0); k > 0 && k < f.size() && (f[k] == U'、' || f[k] == '.' || f[k] == U'．')) {
        n = chinese_value(f.substr(0, k));
        level = 1;
        return n > 0 ? k + 1 : 0;
    }
    if (!f.empty() && f[0] == '(') {
        if (const std::size_t k = count_numerals(f, 1); k > 0 && 1 + k < f.size() && f[1 + k] == ')') {
            n = chinese_value(f.substr(1, k));
            level = 2;
            return n > 0 ? k + 2 : 0;
        }
        if (const std::size_t k = count_digits(f, 1); k > 0 && k <= 3 && 1 + k < f.size() && f[1 + k] == ')') {
            n = arabic_value(f.substr(1, k));
            level = 4;
            return k + 2;
        }
        return 0;
    }
    // 1. 1、 1． — but never "2023.5" or "1.5倍": a digit after the dot is a number.
    if (const std::size_t k = count_digits(f, 0);
        k > 0 && k <= 2 && k + 1 < f.size() && (f[k] == '.' || f[k] == U'、' || f[k] == U'．') && !is_digit(f[k + 1])) {
        n = arabic_value(f.substr(0, k));
        level = 3;
        return k + 1;
    }
    // "1 总则", "2.1 国家粮食应急工作指挥部", "2.1.1 …": decimal outline numbers, then a space.
    {
        std::size_t k = count_digits(f, 0);
        int parts = k > 0 && k <= 2 ? 1 : 0;
        while (parts > 0 && k + 1 < f.size() && f[k] == '.' && is_digit(f[k + 1])) {
            const std::size_t d = count_digits(f, k + 1);
            if (d > 2) {
                parts = 0;
                break;
            }
            k += 1 + d;
            ++parts;
        }
        std::size_t gap = k;
        while (gap < f.size() && f[gap] == ' ') {
            ++gap;
        }
        if (parts > 0 && gap > k && gap < f.size() && is_han(f[gap]) && parts <= 4) {
            n = arabic_value(f.substr(0, count_digits(f, 0)));
            level = parts;
            return gap;
        }
    }
    // "01综合" … "12资源、环境和应急管理": a statistics bulletin's two-digit section numbers,
    // glued to the name.
    if (const std::size_t k = count_digits(f, 0); k == 2 && (f[0] == '0' || f[0] == '1') && f.size() > 2 && is_han(f[2])) {
        n = arabic_value(f.substr(0, 2));
        level = 1;
        return 2;
    }
    // ①–⑳
    if (!f.empty() && f[0] >= U'①' && f[0] <= U'⑳') {
        n = static_cast<int>(f[0] - U'①') + 1;
        level = 4;
        return 1;
    }
    return 0;
}

std::optional<int> heading_level(const U32& t) {
    const U32 c = compact(t);
    if (c.empty()) {
        return std::nullopt;
    }
    int level = 0;
    const std::size_t m = heading_marker(t, level);
    if (m == 0) {
        // A 大事记 month line: "7月", "12月" (labels README, 026).
        const std::size_t i = count_digits(c, 0);
        if (i > 0 && i <= 2 && c.substr(i) == U"月") {
            return 1;
        }
        return std::nullopt;
    }
    const U32 rest = compact(after_marker(t, m));
    if (rest.empty()) {
        // "第一章" alone, its name on the next line (or lost).
        return c[0] == U'第' && (c.back() == U'章' || c.back() == U'编' || c.back() == U'节') ? std::optional<int>(level)
                                                                                        : std::nullopt;
    }
    if (rest.size() > 60) {
        return std::nullopt;
    }
    const char32_t last = fold_char(rest.back());
    const U32 inner = rest.substr(0, rest.size() - 1);
    if (last == U'。') {
        // "（一）指导思想。", "（八）实现学习成果的认定、积累和转换。": a phrase whose only
        // sentence mark is the closing 。, under a 一、 or （一） marker (1. and 7.2 number
        // sentences).
        const bool chinese_marker = !is_digit(c[0]);  // not "7.2 本预案由…负责解释。"
        return chinese_marker && level <= 2 && rest.size() <= 30 && !has_sentence_punctuation(inner)
                   ? std::optional<int>(level)
                   : std::nullopt;
    }
    if (is_sentence_end(last) || has_full_stop(rest) || contains(rest, U";") || contains(rest, U"!") ||
        contains(rest, U"?") || contains(rest, U":")) {
        return std::nullopt;
    }
    // Level 3 and 4 markers also number items and steps: only short phrases are headings.
    if (level >= 3 && rest.size() > 40) {
        return std::nullopt;
    }
    return level;
}

bool is_section_title_shape(const Line& l) {
    U32 c = l.c;
    if (is_glossary_title(l)) {
        return true;
    }
    // A question may head a section of a guide: "如何取得本院主動公開資訊?".
    if (!c.empty() && fold_char(c.back()) == '?') {
        c.pop_back();
    }
    if (c.size() < 4 || c.size() > 30 || han_count(c) < 3 || has_sentence_punctuation(c) || is_sentence_end(c.back())) {
        return false;
    }
    int level = 0;
    if (heading_marker(l.text, level) > 0 || whole_line_date(l) || (c.front() == '(' && c.back() == ')')) {
        return false;
    }
    if (is_figure_caption(c)) {
        return false;
    }
    // Quotes and book-title marks may stand in a title; other symbols (a table row, a URL,
    // a formula) may not.
    return !c.empty() && std::all_of(c.begin(), c.end(), [](char32_t ch) {
        return is_han(ch) || is_digit(ch) || contains(U"“”《》·—-()〇", U32(1, ch)) ||
               (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
    });
}

bool is_subtitle_like(const Line& l) {
    return starts_with(l.c, U"—") || starts_with(l.c, U"--") || starts_with(l.c, U"―") || ends_with(l.c, U"讲话") ||
           ends_with(l.c, U"出席") || ends_with(l.c, U"主持") || starts_with(l.c, U"(") || contains(l.c, U"会议上");
}

bool looks_like_title(const Line& l) {
    const U32& c = l.c;
    // A date may open a title ("2005年1月23日广东省省长…作政府工作报告") but not be most of it.
    const auto date = match_date(c, 0);
    return c.size() >= 4 && c.size() <= 80 && !is_sentence_end(c.back()) && !has_full_stop(c) &&
           !heading_level(l.text) && !(date && date->length + 6 > c.size()) && han_count(c) * 2 >= c.size();
}

// A piece of a wrapped title: no inner spaces, unless it is letter-spaced ("协 调 委 员 会").
static bool plain_piece(const Line& l) {
    const bool spaced = l.text.size() >= 2 * l.c.size() - 1;
    return !l.c.empty() && l.c.size() <= 40 && (spaced || (!contains(l.text, U" ") && !contains(l.text, U"\u3000"))) &&
           !is_subtitle_like(l) && !is_sentence_end(l.c.back());
}

bool is_wrapped_tail(const Line& a, const Line& b) {
    // A piece ending in a document kind or a bracket is a whole title already; "全国人民代表
    // 大会常务委员会" / "关于批准…": the issuing organ, then the matter.
    return plain_piece(a) && plain_piece(b) && b.c.size() <= 24 && !ends_with_any(a.c, k_document_kinds) &&
           a.c.back() != ')' &&
           (ends_with_any(a.c, k_dangling_ends) || ends_with_any(b.c, k_document_kinds) || starts_with(b.c, U"关于"));
}

bool is_wrapped_head(const Line& a, const Line& b) {
    return plain_piece(a) && plain_piece(b) && ends_with_any(a.c, k_dangling_ends);
}

bool is_dash_led(const U32& c) {
    return starts_with(c, U"——") || starts_with(c, U"--") || starts_with(c, U"──");
}

bool is_table_of_contents(const Line& l) { return l.c == U"目录" || l.c == U"目錄"; }

bool is_glossary_title(const Line& l) {
    U32 c = l.c;
    if (!c.empty() && c.back() == ':') {
        c.pop_back();
    }
    return c.size() <= 30 && ends_with_any(c, k_glossary_titles) && !has_sentence_punctuation(c);
}

bool is_figure_caption(const U32& c) {
    return c.size() >= 2 && (c[0] == U'图' || c[0] == U'表') && is_digit(c[1]);
}

bool is_document_title(const U32& t) {
    const U32 c = compact(t);
    if (c.size() < 6 || c.size() > 60 || is_sentence_end(c.back()) || has_sentence_punctuation(c) ||
        is_figure_caption(c)) {
        return false;
    }
    return ends_with_any(c, k_document_kinds);
}

int list_item_number(const U32& t) {
    int level = 0;
    int number = 0;
    const std::size_t m = heading_marker(t, level, &number);
    if (m == 0 || level < 3 || compact(t).rfind(U"第", 0) == 0) {
        return 0;
    }
    const U32 rest = compact(after_marker(t, m));
    if (rest.empty() || rest.size() > 90) {
        return 0;
    }
    // At most two sentences, and no more after a closing parenthetical: "27．增加保障房供给。
    // 提供…。（市住建局）".
    const auto stops = std::count_if(rest.begin(), rest.end(), [](char32_t ch) {
        return ch == U'。' || ch == ';' || ch == '!' || ch == '?';
    });
    return stops <= 2 ? number : 0;
}

bool attendance(const U32& t, std::string& role, U32& names) {
    for (const char32_t* r : k_attendance_roles) {
        const std::size_t v = match_label_colon(t, 0, r);
        if (v == U32::npos) {
            continue;
        }
        const U32 rest = trim(t.substr(v));
        if (rest.empty() || has_full_stop(rest)) {
            return false;
        }
        U32 rr(r);
        if (rr == U"参会人员") {
            rr = U"参加人员";
        } else if (rr.size() == 4 && rr != U"参加人员") {
            rr = rr.substr(0, 2);  // 出席人员 → 出席
        }
        role = to_utf8(rr);
        names = rest;
        return true;
    }
    return false;
}

// 文号 line (labels README, 024): 赫政发〔2023〕5号.
bool is_doc_number(const U32& c) {
    if (c.size() > 30 || !ends_with(c, U"号")) {
        return false;
    }
    const std::size_t open = c.find_first_of(U"〔[(【");
    if (open == U32::npos || open == 0) {
        return false;
    }
    std::size_t i = open + 1;
    std::size_t digits = 0;
    while (i < c.size() && is_digit(c[i])) {
        ++i;
        ++digits;
    }
    return digits == 4 && i < c.size() && contains(U"〕])】", U32(1, c[i]));
}

// 纪要 issue number line: "第5期", "(第5期)", "第5期 总第123期".
bool is_issue_number(const U32& c) {
    U32 s = strip_outer_parens(c);
    if (!starts_with(s, U"第") || s.size() > 16) {
        return false;
    }
    std::size_t i = 1;
    while (i < s.size() && (is_digit(s[i]) || is_cn_numeral(s[i]))) {
        ++i;
    }
    return i > 1 && i < s.size() && s[i] == U'期';
}


namespace {

// The subtitle without its leading dash and enclosing brackets.
U32 subtitle_core(U32 c) {
    while (!c.empty() && (c[0] == U'—' || c[0] == '-' || c[0] == U'―' || c[0] == U'─')) {
        c.erase(0, 1);
    }
    return strip_outer_parens(c);
}

}  // namespace

bool is_speech_subtitle(const U32& c, bool* open) {
    const bool dashed = !c.empty() && (c[0] == U'—' || c[0] == '-' || c[0] == U'―' || c[0] == U'─');
    const U32 core = subtitle_core(c);
    if (core.size() < 4 || core.size() > 300 || has_full_stop(core) ||
        (core.size() > 70 && core.size() == c.size())) {
        return false;
    }
    if (contains(core, U",") && core.size() == c.size()) {
        return false;
    }
    const bool dated = match_date(core, 0).has_value();
    // "（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）": a decision's 题注,
    // which for a regulation amended many times lists every amendment.
    if (dated && core.size() != c.size() && ends_with_any(core, {U"通过", U"批准", U"修正", U"修订", U"公布"})) {
        if (open) {
            *open = false;
        }
        return true;
    }
    const std::size_t at = core.find(U'在');
    // "2019年1月22日在…会议上", "——在…会议上", "——市长张三在…会上的讲话".
    if (at == U32::npos || (!dated && !dashed)) {
        return false;
    }
    if (ends_with_any(core, {U"上", U"上的讲话", U"上的报告", U"讲话", U"報告", U"講話"})) {
        if (open) {
            *open = false;
        }
        return true;
    }
    // Wrapped: "——2023年1月6日在乌鲁木齐市第十七届人民代表大会" / "第二次会议上".
    if (ends_with_any(core, {U"大会", U"代表大会", U"委员会", U"常委会"})) {
        if (open) {
            *open = true;
        }
        return true;
    }
    return false;
}

bool closes_speech_subtitle(const U32& c) {
    return c.size() <= 24 && !has_sentence_punctuation(c) && ends_with_any(c, {U"会议上", U"会上", U"大会上"});
}

std::size_t glued_subtitle_at(const U32& text) {
    const std::size_t p = text.find(U"——");
    if (p == U32::npos || p < 2 || p > 30) {
        return U32::npos;
    }
    const U32 head = compact(text.substr(0, p));
    if (head.size() < 2 || has_sentence_punctuation(head)) {
        return U32::npos;
    }
    return is_speech_subtitle(compact(text.substr(p))) ? p : U32::npos;
}

bool is_byline(const Line& l) {
    const U32& c = l.c;
    if (c.empty() || c.size() > 24 || has_sentence_punctuation(c) || is_sentence_end(c.back()) ||
        std::any_of(c.begin(), c.end(), [](char32_t ch) { return is_digit(ch); })) {
        return false;
    }
    auto is_name = [](const U32& n) {
        const std::size_t han = han_count(n);
        const bool dotted = contains(n, U"·") || contains(n, U"•");
        return han == n.size() - static_cast<std::size_t>(std::count_if(n.begin(), n.end(), [](char32_t ch) {
                                     return ch == U'·' || ch == U'•';
                                 })) &&
               han >= 2 && han <= (dotted ? 12u : 4u);
    };
    // "国务院副总理兼国家计划委员会主任　姚依林": titles, a space, the name.
    if (const std::size_t space = l.text.find_last_of(U" \u3000\u00a0\u2002"); space != U32::npos) {
        const U32 titles = compact(l.text.substr(0, space));
        if (is_name(compact(l.text.substr(space + 1))) && titles.size() <= 24 &&
            ends_with_any(titles, {U"长", U"主任", U"主席", U"总理", U"书记", U"委员", U"部长", U"秘书长", U"長",
                                   U"发言人"})) {
            return true;
        }
    }
    // "成都市人民政府市长 罗强", "市长", "代市长严允": a place, an office, a name.
    for (const char32_t* office : k_speaker_offices) {
        const std::size_t at = c.find(office);
        if (at == U32::npos) {
            continue;
        }
        const U32 place = c.substr(0, at);
        const U32 name = c.substr(at + length_of(office));
        const bool place_ok = place.empty() || (place.size() <= 12 && ends_with_any(place, {U"市", U"区", U"县", U"省", U"州", U"旗", U"盟", U"政府", U"镇", U"乡"}));
        if (place_ok && (name.empty() || is_name(name))) {
            return true;
        }
    }
    return is_name(c);
}

bool is_salutation(const Line& l) {
    return l.c.size() <= 16 && l.c.back() == ':' &&
           starts_with_any(l.c, {U"各位代表", U"各位委员", U"同志们", U"女士们", U"各位", U"尊敬的"});
}

bool is_addressee(const Line& l) {
    const U32& c = l.c;
    if (c.size() < 4 || c.size() > 150 || c.back() != ':' || has_full_stop(c) || starts_with(c, U"附件") ||
        starts_with(c, U"各位") || contains_any(c, {U"同志们", U"代表", U"委员", U"朋友"})) {
        return false;
    }
    const U32 names = c.substr(0, c.size() - 1);
    // Every name in the list is an organ: "各省、自治区、直辖市人民政府，国务院各部委、各直属机构".
    std::size_t organs = 0;
    std::size_t parts = 0;
    std::size_t from = 0;
    for (std::size_t i = 0; i <= names.size(); ++i) {
        if (i == names.size() || names[i] == ',' || names[i] == U'、' || names[i] == ';') {
            const U32 part = names.substr(from, i - from);
            ++parts;
            organs += (ends_with_any(part, k_organ_ends) || ends_with_any(part, {U"机构", U"部门", U"单位", U"部委", U"直辖市", U"自治区", U"省", U"市", U"县", U"区"})) ? 1 : 0;
            from = i + 1;
        }
    }
    return organs > 0 && organs * 2 >= parts && (starts_with(c, U"各") || ends_with_any(names, k_organ_ends));
}

bool is_organ_line(const Line& l) {
    const U32& c = l.c;
    return c.size() >= 3 && c.size() <= 40 && !has_sentence_punctuation(c) &&
           std::none_of(c.begin(), c.end(), [](char32_t ch) { return is_digit(ch); }) && ends_with_any(c, k_organ_ends);
}

bool is_date_line(const U32& c) {
    const U32 core = strip_outer_parens(c);
    if (const auto d = match_date(core, 0)) {
        return d->length == core.size();
    }
    // "2023年5月": a month.
    std::size_t i = count_digits(core, 0);
    if (i != 4 || i >= core.size() || core[i] != U'年') {
        return false;
    }
    const std::size_t m = count_digits(core, i + 1);
    return m >= 1 && m <= 2 && i + 1 + m + 1 == core.size() && core.back() == U'月';
}

bool is_organ_list(const Line& l) {
    std::size_t organs = 0;
    std::size_t from = 0;
    const U32& t = l.text;
    for (std::size_t k = 0; k <= t.size(); ++k) {
        if (k == t.size() || is_space(t[k])) {
            if (k > from) {
                const Line part{0, t.substr(from, k - from), compact(t.substr(from, k - from))};
                if (!is_organ_line(part)) {
                    return false;
                }
                ++organs;
            }
            from = k + 1;
        }
    }
    return organs > 0;
}

std::optional<DateMatch> whole_line_date(const Line& l) {
    auto d = match_date(l.c, 0);
    if (d && d->length == l.c.size()) {
        return d;
    }
    return std::nullopt;
}

bool is_attachment_marker(const Line& l, std::string& number) {
    U32 c = l.c;
    if (!starts_with(c, U"附件")) {
        return false;
    }
    c.erase(0, 2);
    if (!c.empty() && (c.back() == ':' || c.back() == '.' || c.back() == U'．')) {
        c.pop_back();
    }
    if (c.empty()) {
        number.clear();
        return true;
    }
    if (count_digits(c, 0) == c.size() && c.size() <= 2) {
        number = std::to_string(arabic_value(c));
        return true;
    }
    if (count_numerals(c, 0) == c.size() && chinese_value(c) > 0) {
        number = std::to_string(chinese_value(c));
        return true;
    }
    return false;
}

bool opens_attachment_note(const Line& l) {
    if (!starts_with(l.c, U"附件") || l.c.size() <= 3 || l.c.size() > 120) {
        return false;
    }
    // "附件：××", "附件：1.××", "附件1.××" (the first of several), "附件1：××".
    std::size_t k = count_digits(l.c, 2);
    return k <= 2 && 2 + k < l.c.size() && contains(U":.．", U32(1, l.c[2 + k])) && 3 + k < l.c.size() &&
           (k > 0 || l.c[2] == ':');
}

bool is_note(const Line& l) {
    return equals_any(l.c, k_notes) ||
           (starts_with(l.c, U"(此件") && l.c.back() == ')' && l.c.size() <= 20);
}

bool is_traditional(const U32& text) {
    const U32 traditional = k_traditional_only;
    const U32 simplified = k_simplified_only;
    std::size_t t = 0;
    std::size_t s = 0;
    for (char32_t ch : text) {
        t += traditional.find(ch) != U32::npos ? 1 : 0;
        s += simplified.find(ch) != U32::npos ? 1 : 0;
    }
    return t >= 3 && t > 2 * s;
}

}  // namespace hsdoc::read::page
