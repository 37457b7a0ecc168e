// Private to read/: line classes and metadata labels of the web-article text reader
// (spec/web-article.md; § numbers below refer to it). Exposed for unit testing and for
// text_reader.cpp, which strings them together.
#pragma once

#include "model/model.hpp"
#include "read/dates.hpp"
#include "util/utf8.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace hsdoc::read::text {

using U32 = std::u32string;

inline bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0; }

inline bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９'); }

inline bool starts_with(const U32& s, const U32& p) { return s.compare(0, p.size(), p) == 0; }

inline bool contains(const U32& s, const U32& p) { return s.find(p) != U32::npos; }

inline std::string to_utf8(const U32& s) { return utf8::from_u32(s); }

inline bool has_full_stop(const U32& s) { return contains(s, U"。"); }

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

struct LabelHit {
    std::size_t start = 0;
    std::size_t value_start = 0;
    Field field = Field::ignored;
    const char32_t* text = nullptr;
};

// One non-empty input line: its 1-based number, the text trimmed of spaces, U+3000 and
// U+00A0, and the compact fold used for matching.
struct Line {
    int number = 0;
    U32 text;  // trimmed
    U32 c;     // compact fold, for matching
};

// Folds for matching only (§9.1: keep the original text for output): full-width ASCII
// forms to ASCII, U+3000 and U+00A0 to a space, the other breadcrumb arrows to '>'.
char32_t fold_char(char32_t c);

U32 fold(const U32& s);

// Folded, without any spaces: "索   引   号" and "索引号" compare equal.
U32 compact(const U32& s);

U32 trim(const U32& s);

bool ends_with(const U32& s, const U32& p);

bool starts_with_any(const U32& s, std::initializer_list<const char32_t*> list);

bool contains_any(const U32& s, std::initializer_list<const char32_t*> list);

// Sentence punctuation, folded (ASCII) and full width: a line ending in one is prose.
bool is_sentence_end(char32_t c);

std::size_t han_count(const U32& s);

// Matches `label` at s[pos], allowing spaces between its characters (letter-spaced labels,
// §5.1), then optional spaces and a colon. Returns the position after the colon, or npos.
std::size_t match_label_colon(const U32& s, std::size_t pos, const char32_t* label,
                              bool need_colon = true);

std::optional<LabelHit> label_at(const U32& s, std::size_t pos, bool need_colon = true);

// All "label:" occurrences in a metadata line, left to right (fields may be glued, §5.3).
std::vector<LabelHit> find_labels(const U32& s);

// A value ends at the next label, a widget bracket, '|', or a wide gap (§9.3).
U32 value_between(const U32& s, std::size_t from, std::size_t to);

int count_arrows(const U32& c);

bool is_breadcrumb(const Line& l);

std::vector<std::string> parse_breadcrumb(const Line& l);

bool is_script_or_style(const Line& l);

bool is_today_banner(const Line& l);

// Site chrome before the article (§2).
bool is_chrome(const Line& l);

// "分享到：" and "分享到 微信 微博", but not the sentence "分享到了…成果" (§8).
bool is_share_marker(const U32& c);

// Tool widgets (§5.3, §8 "font size", "print/close", "share"). Long widget words count
// anywhere at the line start; short ones ("打印", "字体", "收藏") only with the bracket,
// colon or bar a widget has, or alone, so "打印复印服务采购" stays text.
bool is_widget(const Line& l);

bool is_counter(const Line& l);

// Trailing cruft markers (§8): the body ends at the first one.
bool is_tail_marker(const Line& l);

// Footer lines that a notice may also carry as content ("邮编：361018" under a call for
// comments): they end the body only when nothing but cruft follows.
bool is_weak_tail_marker(const Line& l);

// A mobile or landline number: a phone list after the body is site cruft (§8).
bool has_phone_number(const U32& c);

bool is_phone_line(const Line& l);

// Photo captions and image placeholders (§7).
bool is_caption(const Line& l);

U32 strip_outer_parens(const U32& c);

// Credit lines (§7, labels README): （图文：… 审核：…）, 记者：…, 区政府办 供稿, ■ bylines.
bool is_credit(const Line& l);

// Parses the "label:value" pairs of a credit line into meta (editor, source, author), only
// where the label is one the labels README counts for that field.
void credit_to_meta(const U32& text, model::Meta& meta, int& editor_rank);

// A line that starts with a date-time followed by nothing or by more metadata (§5.2:
// "YYYY-MM-DD HH:MM 来源：…", "YYYY/M/D H:MM:SS 次浏览 分类:…").
std::optional<DateMatch> leading_meta_date(const U32& text);

bool label_at_line_start(const Line& l);

// Disclosure tables copied as text lose their colons: "来源\t区政府办" (labels README,
// 007), "索   引   号 2019… 分        类 其他" (qqhr, §5.1 letter-spaced labels). A label
// counts at the line start or after a gap, followed by whitespace; the generic 时间/日期/
// 作者/编辑/发布 never open such a line, and 名称 only with a wide gap after it.
std::vector<LabelHit> table_row_labels(const Line& l);

// "安徽日报 2015-06-17 16:57 大字", "栏目名2023-05-06 12:00" (§5.2): a short line with a
// date-time after a short name. Only with a time, so body lines with dates never match.
std::optional<DateMatch> embedded_meta_date(const Line& l);

// A metadata line (zone 4): a label at its start, a leading or embedded date-time, or a
// disclosure-table row.
bool is_meta_line(const Line& l);

bool is_cn_numeral(char32_t c);

// Length of a heading marker at the start of `t` and its level, or 0.
std::size_t heading_marker(const U32& t, int& level);

// A stand-alone heading line: a marker, a short text and no sentence punctuation; run-in
// headings ("（一）坚持…。深化…") and numbered sentences stay paragraphs.
std::optional<int> heading_level(const U32& t);

// The title of an attached document inside the body ("××县人民政府工作规则").
bool is_document_title(const U32& t);

// "出席：张三、李四" → attendance (role, names).
bool attendance(const U32& t, std::string& role, U32& names);

// 文号 line (labels README, 024): 赫政发〔2023〕5号.
bool is_doc_number(const U32& c);

// 纪要 issue number line: "第5期", "(第5期)", "第5期 总第123期".
bool is_issue_number(const U32& c);

}  // namespace hsdoc::read::text
