// Page furniture: breadcrumb, site chrome, widgets, captions, credits and the trailing cruft
// (§2, §3, §5.3, §7, §8 of docs/spec/web-article.md).
#include "read/page_classes.hpp"

namespace hsdoc::read::page {

int count_arrows(const U32& c) {
    int n = 0;
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (c[i] == '>' && (i == 0 || c[i - 1] != '>')) {
            ++n;
        }
    }
    return n;
}

bool is_breadcrumb(const Line& l) {
    if (starts_with_any(l.c, k_breadcrumb_labels)) {
        return true;
    }
    if (l.c.size() > 100 || has_full_stop(l.c) || contains_any(l.c, k_chrome_mentions)) {
        return false;
    }
    if (count_arrows(l.c) >= 2) {
        return true;
    }
    return count_arrows(l.c) >= 1 && starts_with_any(l.c, {U"首页", U"网站首页", U"首頁"});
}

std::vector<std::string> parse_breadcrumb(const Line& l) {
    U32 s = fold(l.text);
    // Strip the label up to its colon (当前位置：, 您当前所在的位置是：).
    for (const char32_t* label : k_breadcrumb_labels) {
        const U32 lab(label);
        if (compact(s.substr(0, std::min(s.size(), lab.size() + 6))).rfind(lab, 0) == 0) {
            std::size_t colon = s.find(':');
            if (colon != U32::npos && colon < lab.size() + 8) {
                while (colon + 1 < s.size() && s[colon + 1] == ':') {
                    ++colon;  // "您所在的位置::"
                }
                s = s.substr(colon + 1);
            } else {
                std::size_t k = 0;
                std::size_t matched = 0;
                while (k < s.size() && matched < lab.size()) {
                    if (s[k] != ' ') {
                        ++matched;
                    }
                    ++k;
                }
                s = s.substr(k);
                if (!s.empty() && s[0] == U'是') {
                    s = s.substr(1);
                }
            }
            break;
        }
    }
    // A toolbar may share the line: "首页 > 国务院公报 > 2007年第23号 字号：默认 大 超大 | 打印 |".
    for (const LabelHit& h : find_labels(s)) {
        if (h.field == Field::widget) {
            s.erase(h.start);
            break;
        }
    }
    if (const std::size_t bar = s.find('|'); bar != U32::npos) {
        s.erase(bar);
    }
    std::vector<std::string> items;
    const bool has_arrow = s.find('>') != U32::npos;
    U32 cur;
    auto flush = [&] {
        U32 t = trim(cur);
        if (!t.empty()) {
            items.push_back(to_utf8(t));
        }
        cur.clear();
    };
    for (char32_t ch : s) {
        if (ch == '>' || (!has_arrow && ch == '/')) {
            flush();
        } else {
            cur += ch;
        }
    }
    flush();
    return items;
}

bool is_script_or_style(const Line& l) {
    const U32& c = l.c;
    if (contains_any(c, {U"document.write", U"function(", U"$(", U"jQuery", U"var$", U"window.",
                         U"</", U"/>", U"<script", U"<style"})) {
        return true;
    }
    // CSS rules: "img#imgConac { … }", ".bsClose span{…}"
    return contains(c, U"{") && (contains(c, U"}") || contains(c, U":")) && han_count(c) < 3;
}

bool is_today_banner(const Line& l) {
    if (!contains(l.c, U"星期") && !contains(l.c, U"周一") && !contains(l.c, U"礼拜")) {
        return false;
    }
    for (std::size_t i = 0; i < l.text.size(); ++i) {
        if (match_date(l.text, i)) {
            return l.c.size() < 40;
        }
    }
    return false;
}


namespace {

// True when `c` is made only of `words` (the longest that fits first), bullets and slashes
// ("繁体版|无障碍|长辈版", "适老化无障碍服务").
bool made_of(U32 c, Words words) {
    bool progress = true;
    while (!c.empty() && progress) {
        std::size_t longest = 0;
        for (const char32_t* w : words) {
            if (starts_with(c, w)) {
                longest = std::max(longest, length_of(w));
            }
        }
        c.erase(0, longest);
        progress = longest > 0;
        while (!c.empty() && (c[0] == U'•' || c[0] == U'·' || c[0] == '/' || c[0] == '|' ||
                              c[0] == U'丨' || c[0] == U'、')) {
            c.erase(0, 1);
            progress = true;
        }
    }
    return c.empty();
}

// E-paper page headers (labels README, 029): "第A02版：要闻", "A03版".
bool is_epaper_header(const U32& c) {
    std::size_t k = starts_with(c, U"第") ? 1 : 0;
    if (k < c.size() && c[k] >= 'A' && c[k] <= 'Z') {
        ++k;
    }
    const std::size_t digits_at = k;
    while (k < c.size() && is_digit(c[k])) {
        ++k;
    }
    return k > digits_at && k < c.size() && c[k] == U'版' && c.size() <= 20;
}

// Letter-spaced nav menus ("首     页 政 务 公 开 网 上 办 事 …": many one- or two-character
// tokens, none long as a letter-spaced title's last word "2 0 2 3 年 政府工作报告") and link rows ("中国政府网 省政府网 English Русская версия …", "a | b | c | d").
bool is_menu_row(const Line& l) {
    int tokens = 0;
    int short_tokens = 0;
    std::size_t len = 0;
    std::size_t longest = 0;
    for (std::size_t i = 0; i <= l.text.size(); ++i) {
        if (i == l.text.size() || is_space(l.text[i])) {
            if (len > 0) {
                ++tokens;
                short_tokens += len <= 2 ? 1 : 0;
                longest = std::max(longest, len);
            }
            len = 0;
        } else {
            ++len;
        }
    }
    const auto bars = std::count_if(l.c.begin(), l.c.end(), [](char32_t ch) { return ch == '|' || ch == U'丨'; });
    return !has_full_stop(l.c) && !contains(l.c, U",") &&
           ((tokens >= 6 && short_tokens * 3 >= tokens * 2 && longest <= 4) || tokens >= 7 || bars >= 4);
}

}  // namespace

bool is_foreign_notice(const Line& l) {
    std::size_t letters = 0;
    for (char32_t ch : l.c) {
        letters += ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) ? 1 : 0;
    }
    return han_count(l.c) <= 2 && letters >= 6 && letters * 10 >= l.c.size() * 6;
}

bool is_chrome(const Line& l) {
    const U32& c = l.c;
    if (c.empty()) {
        return true;
    }
    if ((starts_with(l.text, U"•") || starts_with(l.text, U"·")) && c.size() <= 14) {
        return true;
    }
    return made_of(c, k_chrome_words) || is_today_banner(l) || starts_with_any(c, k_chrome_prefixes) ||
           (contains_any(c, k_chrome_mentions) && c.size() <= 160) ||
           is_epaper_header(c) || is_menu_row(l) || is_foreign_notice(l) || is_script_or_style(l);
}

bool is_share_bar(const U32& c) {
    if (starts_with(c, U"分享到") || starts_with(c, U"分享至")) {
        return c.size() <= 4 || c[3] == ':' || contains_any(c, {U"微信", U"微博", U"QQ", U"朋友圈"});
    }
    // Two share words or more, nothing else: "微信 微博 QQ空间".
    return c.size() >= 4 && c.size() <= 40 && made_of(c, k_share_words) && !equals_any(c, k_share_words);
}

// Long widget words count anywhere at the line start; short ones ("打印", "字体", "收藏")
// only with the bracket, colon or bar a widget has, or alone, so "打印复印服务采购" stays text.
bool is_widget(const Line& l) {
    U32 c = l.c;
    while (!c.empty() && (c[0] == U'【' || c[0] == '[' || c[0] == U'〖' || c[0] == '|' || c[0] == U'—' ||
                          c[0] == '-')) {
        c.erase(0, 1);
    }
    while (!c.empty() && (c.back() == U'—' || c.back() == '-')) {
        c.pop_back();
    }
    if (c.empty()) {
        return !l.c.empty();  // bare brackets: "【" "】"
    }
    if (c.size() > 30 || has_full_stop(c)) {
        return false;
    }
    if (equals_any(c, k_widget_exact)) {
        return true;
    }
    // "公眾號二維碼", "湖南人大微信" next to a QR code.
    if (c.size() <= 12 && (contains_any(c, {U"二维码", U"二維碼", U"公众号", U"公眾號"}) ||
                           ends_with(c, U"微信") || ends_with(c, U"微博"))) {
        return true;
    }
    if (starts_with_any(c, k_widget_prefixes) || is_share_bar(c)) {
        return true;
    }
    const bool marked = l.c.size() <= 4 || contains_any(l.c, {U"【", U"[", U"〖", U"|", U":"});
    return marked && starts_with_any(c, k_widget_short);
}

bool is_link_line(const Line& l) {
    if (l.c.size() > 100 || has_full_stop(l.c)) {
        return false;
    }
    for (std::size_t p = l.text.size() > 19 ? l.text.size() - 19 : 0; p + 8 <= l.text.size(); ++p) {
        if (const auto d = match_date(l.text, p); d && p + d->length == l.text.size() && p > 0 && is_space(l.text[p - 1])) {
            return true;
        }
    }
    return false;
}

bool is_counter(const Line& l) {
    const U32& c = l.c;
    if (c.empty() || c.size() > 12) {
        return false;
    }
    std::size_t i = 0;
    while (i < c.size() && is_digit(c[i])) {
        ++i;
    }
    const U32 rest = c.substr(i);
    return (i > 0 && (rest.empty() || rest == U"次浏览" || rest == U"次" || rest == U"人次" ||
                      rest == U"次阅读")) ||
           (i == 0 && (rest == U"次浏览"));
}

bool is_tail_marker(const Line& l) {
    U32 c = l.c;
    while (!c.empty() && (c[0] == U'【' || c[0] == '[' || c[0] == U'〖' || c[0] == '*')) {
        c.erase(0, 1);
    }
    // Markers stand alone or lead a short line of links; a sentence is never one (§8).
    if (c.size() > 60 || has_full_stop(c)) {
        return false;
    }
    if (is_share_bar(c) || starts_with_any(c, k_tail_prefixes) || equals_any(c, k_tail_exact) ||
        contains_any(c, k_tail_anywhere)) {
        return true;
    }
    // A row of toolbar words: "打印 关闭 收藏".
    if (c.size() <= 20 && made_of(c, {U"打印", U"关闭", U"收藏", U"分享", U"返回", U"顶部", U"纠错"})) {
        return true;
    }
    // "0条评论"
    std::size_t i = 0;
    while (i < c.size() && is_digit(c[i])) {
        ++i;
    }
    if (i > 0 && starts_with(c.substr(i), U"条评论")) {
        return true;
    }
    return is_widget(l) && !starts_with(c, U"保存");
}

bool is_weak_tail_marker(const Line& l) {
    return l.c.size() <= 60 && starts_with_any(l.c, k_weak_tail_prefixes);
}

// A mobile or landline number: a phone list after the body is site cruft (§8).
bool has_phone_number(const U32& c) {
    int run = 0;
    for (std::size_t i = 0; i <= c.size(); ++i) {
        if (i < c.size() && (is_digit(c[i]) || (c[i] == '-' && run > 0))) {
            ++run;
        } else {
            if (run >= 11) {
                return true;
            }
            run = 0;
        }
    }
    return false;
}

bool is_phone_line(const Line& l) {
    return l.c.size() <= 40 && has_phone_number(l.c) && !has_full_stop(l.c) &&
           !contains(l.c, U",");
}

// Photo captions and image placeholders (§7).
bool is_caption(const Line& l) {
    const U32& c = l.c;
    if (ends_with_any(c, k_image_extensions) || equals_any(c, k_caption_exact)) {
        return true;
    }
    // "图为山西品牌丝路行（南美站）启动仪式。（刘通摄）": a picture described, its credit.
    if ((starts_with(c, U"图为") || starts_with(c, U"图:") || starts_with(c, U"圖為")) && c.size() <= 80) {
        return true;
    }
    // "…记者 王平安 摄", "(张三 摄)"; a long paragraph ending in a photo credit is a
    // photo-news body and keeps its text (the credit is cut in add_block).
    if ((ends_with(c, U"摄") || ends_with(c, U"摄)") || ends_with(c, U"摄影") || ends_with(c, U"攝") ||
         ends_with(c, U"攝)")) &&
        (c.size() <= 30 || !has_full_stop(c))) {
        const U32& t = l.text;
        std::size_t p = t.rfind(U'摄');
        if (p == U32::npos) {
            p = t.rfind(U'攝');
        }
        return p != U32::npos && p > 0 &&
               (is_space(t[p - 1]) || contains(c, U"记者") || contains(c, U"記者") ||
                contains(c, U"摄影"));
    }
    return false;
}

// Credit lines (§7, labels README): （图文：… 审核：…）, 记者：…, 区政府办 供稿, ■ bylines.
bool is_credit(const Line& l) {
    U32 c = l.c;
    while (!c.empty() && (c.back() == '|' || c.back() == U'丨')) {
        c.pop_back();  // "(天水在線編輯:馬文潔) |"
    }
    const U32 inner = strip_outer_parens(c);
    if (inner.empty() || inner.size() > 60 || has_full_stop(inner) || contains(inner, U",")) {
        return false;
    }
    if ((starts_with(l.text, U"■") || starts_with(l.text, U"□")) && l.c.size() <= 40) {
        return true;
    }
    for (const char32_t* lab : k_credit_labels) {
        const U32 w(lab);
        if (starts_with(inner, w) && inner.size() > w.size() && inner[w.size()] == ':') {
            return true;
        }
        // Parenthesised, the label may follow a unit name: "(天水在線編輯:馬文潔)".
        if (inner.size() != c.size() && w.size() >= 2 && contains(inner, w + U":")) {
            return true;
        }
    }
    if (ends_with(inner, U"供稿") || ends_with(inner, U"撰稿") || ends_with(inner, U"报送")) {
        return inner.size() <= 24;
    }
    if ((starts_with(inner, U"记者") || starts_with(inner, U"記者")) && inner.size() <= 24) {
        return true;
    }
    return false;
}


Prose prose_class(const Line& l) {
    if (is_chrome(l) || is_widget(l) || is_counter(l) || is_tail_marker(l) || is_breadcrumb(l)) {
        return Prose::furniture;
    }
    const U32& c = l.c;
    if (c.size() < 10) {
        return Prose::short_line;
    }
    // Function characters of running text (the stop words of a Chinese jusText list).
    static const U32 k_function = U"的了是在和与及为对将把被从以于其这那也而并等中上有不";
    std::size_t function = 0;
    std::size_t punct = 0;
    for (char32_t ch : c) {
        function += k_function.find(ch) != U32::npos ? 1 : 0;
        const char32_t f = fold_char(ch);
        punct += (f == U'。' || f == ',' || f == ';' || f == '!' || f == '?' || f == U'、') ? 1 : 0;
    }
    if (c.size() >= 30 && punct >= 2 && function * 100 >= c.size() * 5) {
        return Prose::good;
    }
    return punct > 0 || function * 100 >= c.size() * 8 ? Prose::near_good : Prose::short_line;
}

}  // namespace hsdoc::read::page
