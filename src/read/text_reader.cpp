// The web-article text reader. Section numbers (§) refer to spec/web-article.md.
//
// The page is read top to bottom through the zones of §1: site chrome, breadcrumb, title,
// metadata line(s) and widgets, body, trailing cruft. Every line that does not end up in
// the document is recorded in meta.dropped with a reason, so `hsdoc extract` shows a human
// what was cut (§9.6).
#include "read/text_reader.hpp"

#include "read/dates.hpp"
#include "read/punct.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace hsdoc::read {
namespace {

using U32 = std::u32string;

// ---------------------------------------------------------------------------------------
// Character helpers

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0; }

bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９'); }

// Folds for matching only (§9.1: keep the original text for output): full-width ASCII
// forms to ASCII, U+3000 and U+00A0 to a space, the other breadcrumb arrows to '>'.
char32_t fold_char(char32_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E) {
        return c - 0xFEE0;
    }
    if (c == 0x3000 || c == 0xA0 || c == '\t') {
        return ' ';
    }
    if (c == U'»' || c == U'›' || c == U'→') {
        return '>';
    }
    return c;
}

U32 fold(const U32& s) {
    U32 out;
    out.reserve(s.size());
    for (char32_t c : s) {
        out += fold_char(c);
    }
    return out;
}

// Folded, without any spaces: "索   引   号" and "索引号" compare equal.
U32 compact(const U32& s) {
    U32 out;
    for (char32_t c : s) {
        const char32_t f = fold_char(c);
        if (f != ' ') {
            out += f;
        }
    }
    return out;
}

U32 trim(const U32& s) {
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && is_space(s[b])) {
        ++b;
    }
    while (e > b && is_space(s[e - 1])) {
        --e;
    }
    return s.substr(b, e - b);
}

bool starts_with(const U32& s, const U32& p) { return s.compare(0, p.size(), p) == 0; }

bool ends_with(const U32& s, const U32& p) {
    return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

bool contains(const U32& s, const U32& p) { return s.find(p) != U32::npos; }

bool starts_with_any(const U32& s, std::initializer_list<const char32_t*> list) {
    for (const char32_t* p : list) {
        if (starts_with(s, p)) {
            return true;
        }
    }
    return false;
}

bool contains_any(const U32& s, std::initializer_list<const char32_t*> list) {
    for (const char32_t* p : list) {
        if (contains(s, p)) {
            return true;
        }
    }
    return false;
}

std::string to_utf8(const U32& s) { return utf8::from_u32(s); }

// Sentence punctuation, folded (ASCII) and full width: a line ending in one is prose.
bool is_sentence_end(char32_t c) {
    const char32_t f = fold_char(c);
    return f == U'。' || f == ',' || f == ';' || f == ':' || f == '!' || f == '?' || f == U'、' ||
           f == U'…';
}

bool has_full_stop(const U32& s) { return contains(s, U"。"); }

std::size_t han_count(const U32& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), is_han));
}

// ---------------------------------------------------------------------------------------
// Metadata labels (§5.1)

enum class Field {
    published,      // 发布时间 …
    published_low,  // 生成日期 / 发文日期: used only when no publication label (label README)
    source,
    author,
    editor_chief,  // 责任编辑
    editor_short,  // 责编
    editor,        // 编辑
    doc_number,
    title,        // 文件名称 / 标题 in a disclosure table
    counter,      // 浏览 …
    widget,       // 字体, 字号, 分享 …
    ignored,      // known label whose value we do not keep
};

struct Label {
    const char32_t* text;
    Field field;
};

// Longest first where one label is a prefix or suffix of another.
const std::array k_labels{
    Label{U"内容更新时间", Field::published},  Label{U"发布时间", Field::published},
    Label{U"发布日期", Field::published},      Label{U"公开日期", Field::published},
    Label{U"公布时间", Field::published},      Label{U"公布日期", Field::published},
    Label{U"刊发日期", Field::published},      Label{U"刊发时间", Field::published},
    Label{U"信息时间", Field::published},      Label{U"发表时间", Field::published},
    Label{U"發布時間", Field::published},      Label{U"發布日期", Field::published},
    Label{U"發佈時間", Field::published},      Label{U"發佈日期", Field::published},
    Label{U"發表時間", Field::published},      Label{U"發表日期", Field::published},
    Label{U"公告日期", Field::published},      Label{U"上稿時間", Field::published},
    Label{U"更新時間", Field::published},      Label{U"發文日期", Field::published_low},
    Label{U"消息來源", Field::source},         Label{U"點閱次數", Field::counter},
    Label{U"瀏覽次數", Field::counter},        Label{U"瀏覽人次", Field::counter},
    Label{U"點閱數", Field::counter},          Label{U"點閱", Field::counter},
    Label{U"責編", Field::editor_short},       Label{U"時間", Field::published},
    Label{U"發表於", Field::published},
    Label{U"发表于", Field::published},        Label{U"更新时间", Field::published},
    Label{U"录入时间", Field::published},      Label{U"上载日期", Field::published_low},
    Label{U"生成日期", Field::published_low},  Label{U"发文日期", Field::published_low},
    Label{U"成文日期", Field::published_low},  Label{U"归档时间", Field::published_low},
    Label{U"编辑时间", Field::ignored},        Label{U"提交时间", Field::ignored},
    Label{U"生效时间", Field::ignored},        Label{U"废止时间", Field::ignored},
    Label{U"生效日期", Field::ignored},        Label{U"印发日期", Field::ignored},
    Label{U"实施日期", Field::ignored},        Label{U"施行日期", Field::ignored},
    Label{U"废止日期", Field::ignored},        Label{U"截止日期", Field::ignored},
    Label{U"会议时间", Field::ignored},        Label{U"开始时间", Field::ignored},
    Label{U"结束时间", Field::ignored},        Label{U"办理时间", Field::ignored},
    Label{U"回复时间", Field::ignored},        Label{U"日期", Field::published},
    Label{U"时间", Field::published},          Label{U"發布", Field::published},
    Label{U"信息来源", Field::source},         Label{U"文章来源", Field::source},
    Label{U"稿件来源", Field::source},         Label{U"資料來源", Field::source},
    Label{U"来源", Field::source},             Label{U"來源", Field::source},
    Label{U"作者", Field::author},             Label{U"責任編輯", Field::editor_chief},
    Label{U"责任编辑", Field::editor_chief},   Label{U"初审编辑", Field::ignored},
    Label{U"审核编辑", Field::ignored},        Label{U"编审", Field::ignored},
    Label{U"监制", Field::ignored},            Label{U"初审", Field::ignored},
    Label{U"复审", Field::ignored},            Label{U"终审", Field::ignored},
    Label{U"责编", Field::editor_short},       Label{U"编辑", Field::editor},
    Label{U"編輯", Field::editor},             Label{U"发文字号", Field::doc_number},
    Label{U"文号", Field::doc_number},         Label{U"文件编号", Field::doc_number},
    Label{U"文件名称", Field::title},          Label{U"标题", Field::title},
    Label{U"浏览次数", Field::counter},        Label{U"阅读次数", Field::counter},
    Label{U"点击次数", Field::counter},        Label{U"访问人数", Field::counter},
    Label{U"浏览量", Field::counter},          Label{U"访问量", Field::counter},
    Label{U"阅读量", Field::counter},          Label{U"点击数", Field::counter},
    Label{U"点击率", Field::counter},          Label{U"点击量", Field::counter},
    Label{U"浏览", Field::counter},            Label{U"阅读", Field::counter},
    Label{U"点击", Field::counter},            Label{U"瀏覽", Field::counter},
    Label{U"字体大小", Field::widget},         Label{U"文章字号", Field::widget},
    Label{U"视力保护色", Field::widget},       Label{U"字体", Field::widget},
    Label{U"字号", Field::widget},             Label{U"分享至", Field::widget},
    Label{U"分享到", Field::widget},           Label{U"索引号", Field::ignored},
    Label{U"主题分类", Field::ignored},        Label{U"组配分类", Field::ignored},
    Label{U"信息分类", Field::ignored},        Label{U"体裁分类", Field::ignored},
    Label{U"服务对象分类", Field::ignored},    Label{U"分类", Field::ignored},
    Label{U"发布机构", Field::ignored},        Label{U"发文机构", Field::ignored},
    Label{U"发文机关", Field::ignored},        Label{U"发布单位", Field::ignored},
    Label{U"发布部门", Field::ignored},        Label{U"公开责任部门", Field::ignored},
    Label{U"有效性", Field::ignored},          Label{U"关键词", Field::ignored},
    Label{U"主题词", Field::ignored},          Label{U"内容概述", Field::ignored},
    Label{U"公开方式", Field::ignored},        Label{U"公开范围", Field::ignored},
    Label{U"公开时限", Field::ignored},        Label{U"所属机构", Field::ignored},
    Label{U"统一编号", Field::ignored},        Label{U"审核人", Field::ignored},
    Label{U"审核", Field::ignored},            Label{U"撰稿", Field::ignored},
    Label{U"摄影", Field::ignored},            Label{U"通讯员", Field::ignored},
    Label{U"图文", Field::ignored},            Label{U"名称", Field::title},
    // Last: a prefix of 发布时间, 发布机构 … ("发布:2019-03-08 10:20:30", §5.1).
    Label{U"发布", Field::published},
};

// Matches `label` at s[pos], allowing spaces between its characters (letter-spaced labels,
// §5.1), then optional spaces and a colon. Returns the position after the colon, or npos.
std::size_t match_label_colon(const U32& s, std::size_t pos, const char32_t* label,
                              bool need_colon = true) {
    std::size_t j = pos;
    for (const char32_t* p = label; *p; ++p) {
        if (p != label) {
            std::size_t k = j;
            while (k < s.size() && is_space(s[k]) && k - j < 4) {
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

struct LabelHit {
    std::size_t start = 0;
    std::size_t value_start = 0;
    Field field = Field::ignored;
    const char32_t* text = nullptr;
};

std::optional<LabelHit> label_at(const U32& s, std::size_t pos, bool need_colon = true) {
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

// ---------------------------------------------------------------------------------------
// Line classes

struct Line {
    int number = 0;
    U32 text;  // trimmed
    U32 c;     // compact fold, for matching
};

const std::initializer_list<const char32_t*> k_breadcrumb_labels = {
    U"当前位置", U"您现在所在的位置", U"您现在的位置", U"您当前所在的位置", U"您当前的位置",
    U"您的位置", U"本页位置", U"本頁位置", U"所在位置", U"当前页面", U"现在位置", U"目前位置",
    U"您所在的位置", U"你的位置", U"你现在的位置", U"当前位置是", U"您当前所在位置",
    U"當前位置", U"您當前所在位置", U"您當前所在的位置", U"您當前的位置", U"您現在的位置",
    U"您現在所在的位置", U"現在位置", U"您所在位置", U"您的當前位置"};

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
    if (l.c.size() > 100 || has_full_stop(l.c)) {
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

// Site chrome before the article (§2).
bool is_chrome(const Line& l) {
    const U32& c = l.c;
    if (c.empty()) {
        return true;
    }
    if ((starts_with(l.text, U"•") || starts_with(l.text, U"·")) && c.size() <= 14) {
        return true;
    }
    static const std::initializer_list<const char32_t*> k_words = {
        U"繁体版", U"简体版", U"繁體版", U"無障礙", U"无障碍", U"长辈版", U"长者模式",
        U"无障碍浏览", U"是否打开信息无障碍浏览", U"设为首页", U"加入收藏", U"登录", U"注册",
        U"返回顶部", U"English", U"智能推荐", U"admin", U"手机版", U"关怀版", U"适老化",
        U"简体", U"繁体", U"繁體", U"工作邮箱", U"邮箱", U"搜索", U"站内搜索", U"高级搜索",
        U"网站支持IPv6", U"IPv6", U"政府信息公开政务服务互动交流", U"微信", U"微博", U"|",
        U"打印", U"关闭", U"收藏", U"Top", U"TOP"};
    // A line made only of chrome words ("繁体版 | 无障碍 | 长辈版").
    {
        U32 rest = c;
        bool progress = true;
        while (!rest.empty() && progress) {
            progress = false;
            for (const char32_t* w : k_words) {
                if (starts_with(rest, w)) {
                    rest = rest.substr(std::char_traits<char32_t>::length(w));
                    progress = true;
                    break;
                }
            }
            while (!rest.empty() && (rest[0] == U'•' || rest[0] == U'·' || rest[0] == '/')) {
                rest = rest.substr(1);
                progress = true;
            }
        }
        if (rest.empty()) {
            return true;
        }
    }
    if (is_today_banner(l) || starts_with_any(c, {U"乡镇(街道)分站", U"乡镇街道分站"})) {
        return true;
    }
    // E-paper page headers (labels README, 029): "第A02版：要闻", "A03版".
    {
        std::size_t k = starts_with(c, U"第") ? 1 : 0;
        if (k < c.size() && c[k] >= 'A' && c[k] <= 'Z') {
            ++k;
        }
        const std::size_t digits_at = k;
        while (k < c.size() && is_digit(c[k])) {
            ++k;
        }
        if (k > digits_at && k < c.size() && c[k] == U'版' && c.size() <= 20) {
            return true;
        }
    }
    // Letter-spaced nav menus: "首     页 政 务 公 开 网 上 办 事 …" — many one- or
    // two-character tokens and no sentence punctuation.
    int tokens = 0;
    int short_tokens = 0;
    std::size_t len = 0;
    for (char32_t ch : l.text) {
        if (is_space(ch)) {
            if (len > 0) {
                ++tokens;
                short_tokens += len <= 2 ? 1 : 0;
            }
            len = 0;
        } else {
            ++len;
        }
    }
    if (len > 0) {
        ++tokens;
        short_tokens += len <= 2 ? 1 : 0;
    }
    int bars = 0;
    for (char32_t ch : c) {
        bars += (ch == '|' || ch == U'丨') ? 1 : 0;
    }
    if (!has_full_stop(c) && !contains(c, U",") &&
        ((tokens >= 6 && short_tokens * 3 >= tokens * 2) || tokens >= 7 || bars >= 4)) {
        return true;  // also portal link rows: "中国政府网 省政府网 English Русская версия …"
    }
    return is_script_or_style(l);
}

// "分享到：" and "分享到 微信 微博", but not the sentence "分享到了…成果" (§8).
bool is_share_marker(const U32& c) {
    if (!starts_with(c, U"分享到") && !starts_with(c, U"分享至")) {
        return false;
    }
    return c.size() <= 4 || c[3] == ':' || contains_any(c, {U"微信", U"微博", U"QQ", U"朋友圈"});
}

// Tool widgets (§5.3, §8 "font size", "print/close", "share"). Long widget words count
// anywhere at the line start; short ones ("打印", "字体", "收藏") only with the bracket,
// colon or bar a widget has, or alone, so "打印复印服务采购" stays text.
bool is_widget(const Line& l) {
    U32 c = l.c;
    while (!c.empty() && (c[0] == U'【' || c[0] == '[' || c[0] == U'〖' || c[0] == '|' ||
                          c[0] == U'—' || c[0] == '-')) {
        c = c.substr(1);
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
    if (c == U"】" || c == U"分享" || c == U"分享至手机" || c == U"分享至手機") {
        return true;
    }
    // "公眾號二維碼", "湖南人大微信" next to a QR code.
    if (c.size() <= 12 && (contains_any(c, {U"二维码", U"二維碼", U"公众号", U"公眾號"}) ||
                           ends_with(c, U"微信") || ends_with(c, U"微博"))) {
        return true;
    }
    if (starts_with_any(c, {U"字体大小", U"文章字号", U"视力保护色", U"放大字体", U"缩小字体",
                            U"打印本页", U"打印此页", U"打印此文", U"打印页面", U"关闭窗口",
                            U"关闭本页", U"关闭页面", U"大中小", U"小中大", U"小|中|大",
                            U"我要纠错", U"分享:"}) ||
        is_share_marker(c)) {
        return true;
    }
    const bool marked = l.c.size() <= 4 || contains_any(l.c, {U"【", U"[", U"〖", U"|", U":"});
    return marked && starts_with_any(c, {U"字体", U"字号", U"打印", U"关闭", U"收藏", U"默认",
                                         U"保存", U"Aa", U"纠错"});
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

// Trailing cruft markers (§8): the body ends at the first one.
bool is_tail_marker(const Line& l) {
    U32 c = l.c;
    while (!c.empty() && (c[0] == U'【' || c[0] == '[' || c[0] == U'〖' || c[0] == '*')) {
        c = c.substr(1);
    }
    // Markers stand alone or lead a short line of links; a sentence is never one (§8).
    if (c.size() > 60 || has_full_stop(c)) {
        return false;
    }
    if (is_share_marker(c)) {
        return true;
    }
    if (starts_with_any(c, {U"扫一扫", U"微信扫一扫", U"手机扫码", U"扫码查看", U"用手机扫描",
                            U"手机扫描", U"扫描二维码", U"相关链接", U"相关解读", U"相关稿件",
                            U"相关新闻", U"相关报道", U"相关阅读", U"相关文档", U"相关信息",
                            U"相关文章", U"部门解读", U"政策解读:", U"上一篇", U"下一篇",
                            U"上一条", U"下一条", U"网友评论", U"发表评论", U"我要评论",
                            U"评论列表", U"暂无评论", U"暂无网友评论", U"网站导航",
                            U"友情链接", U"网站地图", U"联系我们", U"版权所有", U"Copyright",
                            U"copyright", U"©", U"主办单位", U"主办:", U"承办单位", U"技术支持",
                            U"网站标识码", U"微信信访", U"APP信访", U"短信信访", U"网上信访",
                            U"打印本页", U"打印此页", U"打印此文", U"打印页面", U"打印文章",
                            U"关闭窗口", U"关闭本页", U"关闭页面", U"返回顶部", U"回到顶部",
                            U"回頂端", U"回顶部", U"TOP】", U"我要纠错", U"智能推荐",
                            U"推荐阅读", U"热点推荐", U"猜你喜欢", U"新闻推荐",
                            U"回上頁", U"回首頁", U"友善列印", U"相關連結", U"相關新聞",
                            U"上一則", U"下一則", U"上一篇:", U"下一篇:", U"相關閱讀",
                            U"验证码", U"正文:", U"在线咨询"})) {
        return true;
    }
    if (c == U"中国政府网" || c == U"网站导航" || c == U"返回" || c == U"返回列表" ||
        c == U"Top" || c == U"TOP" || c == U"打印" || c == U"关闭" || c == U"收藏" ||
        c == U"分享" || c == U"微信" || c == U"微博") {
        return true;
    }
    if (contains_any(c, {U"ICP备", U"ICP证", U"公网安备", U"网站标识码"})) {
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

// Footer lines that a notice may also carry as content ("邮编：361018" under a call for
// comments): they end the body only when nothing but cruft follows.
bool is_weak_tail_marker(const Line& l) {
    return l.c.size() <= 60 &&
           starts_with_any(l.c, {U"值班电话", U"联系电话", U"咨询电话", U"邮编", U"邮政编码",
                                 U"传真", U"办公地址", U"通讯地址", U"地址:", U"电子邮箱",
                                 U"邮箱:", U"E-mail", U"Email"});
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
    static const std::initializer_list<const char32_t*> k_ext = {
        U".jpg", U".jpeg", U".png", U".gif", U".bmp", U".webp", U".JPG", U".JPEG", U".PNG",
        U".GIF"};
    for (const char32_t* e : k_ext) {
        if (ends_with(c, e)) {
            return true;
        }
    }
    if (c == U"图像" || c == U"图片" || c == U"[图片]" || c == U"[图]" || c == U"会议现场" ||
        c == U"图为会议现场" || c == U"活动现场") {
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

const std::initializer_list<const char32_t*> k_credit_labels = {
    U"图文", U"图/文", U"文/图", U"审核", U"审核人", U"编辑", U"责编", U"责任编辑", U"撰稿",
    U"供稿", U"摄影", U"记者", U"通讯员", U"校对", U"初审", U"复审", U"终审", U"审稿", U"审校",
    U"签发", U"监制", U"编审", U"核稿", U"一审", U"二审", U"三审", U"文", U"图", U"来源",
    U"作者", U"稿件来源", U"信息来源", U"文字", U"摄", U"责任编辑", U"編輯", U"責任編輯",
    U"初审编辑", U"审核编辑", U"报送", U"投稿"};

U32 strip_outer_parens(const U32& c) {
    if (c.size() >= 2 && contains(U"(（【[", U32(1, c.front())) &&
        contains(U")）】]", U32(1, c.back()))) {
        return c.substr(1, c.size() - 2);
    }
    return c;
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
            if (first && (w == U"时间" || w == U"日期" || w == U"作者" || w == U"编辑" ||
                          w == U"发布" || w == U"發布" || w == U"审核" || w == U"图文")) {
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

bool is_meta_line(const Line& l) {
    // Metadata lines are short; the bound also keeps label scanning linear on huge lines.
    if (l.c.size() > 400) {
        return false;
    }
    if (embedded_meta_date(l)) {
        return true;
    }
    if (label_at_line_start(l) || leading_meta_date(l.text)) {
        return true;
    }
    return !table_row_labels(l).empty();
}

// ---------------------------------------------------------------------------------------
// Headings and blocks (§7, labels README "Headings")

bool is_cn_numeral(char32_t c) {
    return contains(U"一二三四五六七八九十百零〇两", U32(1, c));
}

// Length of a heading marker at the start of `t` and its level, or 0.
std::size_t heading_marker(const U32& t, int& level) {
    const U32 f = fold(t);
    std::size_t i = 0;
    if (!f.empty() && f[0] == U'第') {
        i = 1;
        while (i < f.size() && (is_cn_numeral(f[i]) || is_digit(f[i]))) {
            ++i;
        }
        if (i > 1 && i < f.size()) {
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
    while (i < f.size() && is_cn_numeral(f[i])) {
        ++i;
    }
    if (i > 0 && i < f.size() && (f[i] == U'、' || f[i] == '.' || f[i] == U'．')) {
        level = 1;
        return i + 1;
    }
    if (!f.empty() && f[0] == '(') {
        std::size_t j = 1;
        while (j < f.size() && is_cn_numeral(f[j])) {
            ++j;
        }
        if (j > 1 && j < f.size() && f[j] == ')') {
            level = 2;
            return j + 1;
        }
        j = 1;
        while (j < f.size() && is_digit(f[j])) {
            ++j;
        }
        if (j > 1 && j < f.size() && f[j] == ')') {
            level = 4;
            return j + 1;
        }
        return 0;
    }
    i = 0;
    while (i < f.size() && is_digit(f[i])) {
        ++i;
    }
    if (i > 0 && i <= 2 && i + 1 < f.size() && (f[i] == '.' || f[i] == U'、') &&
        !is_digit(f[i + 1])) {
        level = 3;
        return i + 1;
    }
    return 0;
}

// A stand-alone heading line: a marker, a short text and no sentence punctuation; run-in
// headings ("（一）坚持…。深化…") and numbered sentences stay paragraphs.
std::optional<int> heading_level(const U32& t) {
    const U32 c = compact(t);
    if (c.empty() || is_sentence_end(c.back()) || has_full_stop(c) || c.size() > 36) {
        return std::nullopt;
    }
    if (contains(c, U",") || contains(c, U";")) {
        return std::nullopt;
    }
    int level = 0;
    const std::size_t m = heading_marker(t, level);
    if (m > 0) {
        if (level == 3 && c.size() > 24) {
            return std::nullopt;
        }
        return level;
    }
    // A 大事记 month line: "7月", "12月" (labels README, 026).
    std::size_t i = 0;
    while (i < c.size() && is_digit(c[i])) {
        ++i;
    }
    if (i > 0 && i <= 2 && c.substr(i) == U"月") {
        return 1;
    }
    return std::nullopt;
}

// The title of an attached document inside the body ("××县人民政府工作规则").
bool is_document_title(const U32& t) {
    const U32 c = compact(t);
    if (c.size() < 6 || c.size() > 40 || is_sentence_end(c.back()) || contains(c, U",") ||
        has_full_stop(c) || contains(c, U":")) {
        return false;
    }
    static const std::initializer_list<const char32_t*> k_kinds = {
        U"办法", U"规则", U"细则", U"规定", U"方案", U"制度", U"章程", U"条例", U"通知",
        U"意见", U"决定", U"公告", U"通告", U"要点", U"计划", U"纪要", U"规程", U"准则",
        U"(试行)", U"(暂行)", U"(草案)", U"(修订)"};
    for (const char32_t* k : k_kinds) {
        if (ends_with(c, k)) {
            return true;
        }
    }
    return false;
}

const std::initializer_list<const char32_t*> k_attendance_roles = {
    U"出席", U"请假", U"列席", U"参加人员", U"参会人员", U"出席人员", U"列席人员", U"请假人员"};

// "出席：张三、李四" → attendance (role, names).
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

// ---------------------------------------------------------------------------------------
// The reader

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
            if (!l.text.empty()) {
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
            if (is_caption(l)) {
                drop(l, "caption");
                continue;
            }
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
};

}  // namespace

model::Document read_text(const std::string& utf8_text) {
    TextReader reader(utf8_text);
    return reader.run();
}

}  // namespace hsdoc::read
