// Line classes and metadata labels of the web-article text reader. Section numbers (§)
// refer to spec/web-article.md; "labels README" is tests/corpus/visible/labels/README.md.
#include "read/text_lines.hpp"

#include "read/punct.hpp"

#include <algorithm>
#include <array>

namespace hsdoc::read::text {


// ---------------------------------------------------------------------------------------
// Character helpers



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


bool ends_with(const U32& s, const U32& p) {
    return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}


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


// Sentence punctuation, folded (ASCII) and full width: a line ending in one is prose.
bool is_sentence_end(char32_t c) {
    const char32_t f = fold_char(c);
    return f == U'。' || f == ',' || f == ';' || f == ':' || f == '!' || f == '?' || f == U'、' ||
           f == U'…';
}


std::size_t han_count(const U32& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), is_han));
}

// ---------------------------------------------------------------------------------------
// Metadata labels (§5.1)



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
                              bool need_colon) {
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

// ---------------------------------------------------------------------------------------
// Line classes


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

}  // namespace hsdoc::read::text
