// Private to read/: what one line of a text page is, asked one question at a time (§ numbers
// refer to docs/spec/web-article.md). Each answer looks at the line alone, or at the line and
// its neighbours where the spec says so; the zones of page_reader.hpp string them together.
// Exposed for unit tests.
#pragma once

#include "model/model.hpp"
#include "read/dates.hpp"
#include "read/page_lines.hpp"
#include "read/page_tables.hpp"

#include <optional>
#include <string>
#include <vector>

namespace hsdoc::read::page {

// ---- Metadata (page_meta.cpp) ---------------------------------------------------------

struct LabelHit {
    std::size_t start = 0;
    std::size_t value_start = 0;
    Field field = Field::ignored;
    const char32_t* text = nullptr;
};

// Matches `label` at s[pos], allowing spaces between its characters (letter-spaced labels,
// §5.1), then optional spaces and a colon. Returns the position after the colon, or npos.
std::size_t match_label_colon(const U32& s, std::size_t pos, const char32_t* label,
                              bool need_colon = true);

std::optional<LabelHit> label_at(const U32& s, std::size_t pos, bool need_colon = true);

// All "label:" occurrences in a metadata line, left to right (fields may be glued, §5.3).
std::vector<LabelHit> find_labels(const U32& s);

// A value ends at the next label, a widget bracket, '|', or a wide gap (§9.3).
U32 value_between(const U32& s, std::size_t from, std::size_t to);

// A line that starts with a date-time followed by nothing or by more metadata (§5.2:
// "YYYY-MM-DD HH:MM 来源：…", "YYYY/M/D H:MM:SS 次浏览 分类:…").
std::optional<DateMatch> leading_meta_date(const U32& text);

bool label_at_line_start(const Line& l);

// Disclosure tables copied as text lose their colons: "来源\t区政府办", "索   引   号 2019…
// 分        类 其他" (§5.1 letter-spaced labels). A label counts at the line start or after
// a gap, followed by whitespace; k_labels_not_opening_rows never open such a line, and 名称
// only with a wide gap after it.
std::vector<LabelHit> table_row_labels(const Line& l);

// "安徽日报 2015-06-17 16:57 大字", "栏目名2023-05-06 12:00" (§5.2): a short line with a
// date-time after a short name. Only with a time, so body lines with dates never match.
std::optional<DateMatch> embedded_meta_date(const Line& l);

// A label alone on its line, its value on the next ("發佈單位" / "遊憩服務課").
std::optional<Field> bare_label(const Line& l);

// A table copied as rows of cells between bars: "索引号 | 公开方式 | 发布机构 |".
std::vector<U32> pipe_cells(const Line& l);

// The fields of a header row whose every cell is a label, else empty.
std::vector<Field> pipe_header(const Line& l);

// A metadata line (zone 4): a label at its start, a leading or embedded date-time, a
// disclosure-table row, or a label alone.
bool is_meta_line(const Line& l);

// A date in a value, including the short ROC form of Taiwan pages ("98-01-15" after 日期).
std::optional<DateMatch> value_date(const U32& s, std::size_t pos);

// Parses the "label:value" pairs of a credit line into meta (editor, source, author), only
// where the label is one the labels README counts for that field.
void credit_to_meta(const U32& text, model::Meta& meta, int& editor_rank);

// ---- Furniture: chrome, widgets, tail (page_furniture.cpp) ----------------------------

int count_arrows(const U32& c);
bool is_breadcrumb(const Line& l);
std::vector<std::string> parse_breadcrumb(const Line& l);

bool is_script_or_style(const Line& l);
bool is_today_banner(const Line& l);

// A line in a language other than Chinese: a browser notice ("Your browser does not support
// JavaScript"), a language switch. Before the article it is chrome.
bool is_foreign_notice(const Line& l);

// Site chrome before the article (§2): chrome words only, letter-spaced menus, link rows,
// today's date, e-paper page headers, skip links, foreign notices.
bool is_chrome(const Line& l);

// "分享到：", "分享到 微信 微博", a bar of share words "微信 微博 QQ空间"; never the sentence
// "分享到了…成果" (§8).
bool is_share_bar(const U32& c);

// Tool widgets (§5.3, §8).
bool is_widget(const Line& l);

bool is_counter(const Line& l);

// A link in a list of related articles: a title, then its date ("图文解读：《…》 2023-07-12").
bool is_link_line(const Line& l);

// Trailing cruft markers (§8): the body ends at the first one.
bool is_tail_marker(const Line& l);
bool is_weak_tail_marker(const Line& l);

// A mobile or landline number: a phone list after the body is site cruft (§8).
bool has_phone_number(const U32& c);
bool is_phone_line(const Line& l);

// Photo captions and image placeholders (§7).
bool is_caption(const Line& l);

// Credit lines (§7): （图文：… 审核：…）, 记者：…, 区政府办 供稿, ■ bylines.
bool is_credit(const Line& l);

// How much a line reads as prose, the way boilerplate removers score it (jusText): long,
// with sentence punctuation and the function characters of running Chinese text. Used at
// the edges of the article, where furniture comes in runs.
enum class Prose { furniture, short_line, near_good, good };
Prose prose_class(const Line& l);

// ---- Body shapes (page_shapes.cpp) ----------------------------------------------------

// Length of a heading marker at the start of `t` and its level (1 一、 2 （一） 3 1. 4 （1）,
// 第X章 1, 第X节 2, 第X条 3), or 0. `number` receives the marker's value (1 for 一、/（一）/1.).
std::size_t heading_marker(const U32& t, int& level, int* number = nullptr);

// A stand-alone numbered heading: a marker and a phrase with no sentence punctuation at its
// end (commas inside are fine: "（一）坚持发展第一要务，保持经济快速健康发展"), or a short
// phrase closed by "。" alone ("（一）指导思想。"). Run-in headings ("（一）坚持…。深化…")
// and numbered sentences stay paragraphs.
std::optional<int> heading_level(const U32& t);

// A short line that could be an unnumbered section title ("2022年工作回顾", "名词解释"): no
// sentence punctuation, not a date, not a name; whether it is one depends on its place.
bool is_section_title_shape(const Line& l);

// A line that can be a title: short, mostly Han, no sentence punctuation, not a numbered
// heading or a date.
bool looks_like_title(const Line& l);

// A 副题 of a news headline: "——…", "…主持", "…出席", "（…）", "…会议上".
bool is_subtitle_like(const Line& l);

// A headline wrapped over lines (§4): pieces with no inner spaces, the first one left
// hanging ("…关于" "…的") or the last one ending in a document kind ("…的通知").
bool is_wrapped_tail(const Line& a, const Line& b);
bool is_wrapped_head(const Line& a, const Line& b);

// A line opened by a dash: "——贯彻中央宏观调控政策…".
bool is_dash_led(const U32& c);

// 目录 (a table of contents) standing alone.
bool is_table_of_contents(const Line& l);

// A glossary's title: 名词解释, 政府工作报告名词解释, 名词解释：.
bool is_glossary_title(const Line& l);

// A figure's or a table's caption: "图1 汽车号牌编码规则", "表2 …" (compact form).
bool is_figure_caption(const U32& c);

// The title of a document standing in the body ("××县人民政府工作规则"): ends in a kind.
bool is_document_title(const U32& t);

// A short numbered line that can be a list item: "1. 昭通水电硅循环经济项目", "4.更新市区
// 公交车辆，优化公交线网", "27．增加保障房供给。提供…。（市住建局）". Its number, or 0.
int list_item_number(const U32& t);

// "出席：张三、李四" → attendance (role, names).
bool attendance(const U32& t, std::string& role, U32& names);

// 文号 line: 赫政发〔2023〕5号.
bool is_doc_number(const U32& c);

// 纪要 issue number line: "第5期", "(第5期)", "第5期 总第123期".
bool is_issue_number(const U32& c);

// A 题注 / subtitle of a speech: "——2023年1月6日在…会议上", "2019年1月22日在…会议上",
// "（2023年1月5日在…会议上）"; `open` is true when it does not end the sentence yet (a
// subtitle wrapped over two lines: "…人民代表大会" / "第二次会议上").
bool is_speech_subtitle(const U32& c, bool* open = nullptr);

// The end of a subtitle wrapped over lines: "第二次会议上".
bool closes_speech_subtitle(const U32& c);

// A title glued to its subtitle: "政府工作报告——2013年1月30日在…会议上". Returns the
// position of the dash, or npos.
std::size_t glued_subtitle_at(const U32& text);

// A speaker's line: "市长 张三", "代市长严允", "市 长 周乃翔", "成都市人民政府市长 罗 强", a bare
// name ("高伟", "买买提明·卡德") or the office alone ("市长").
bool is_byline(const Line& l);

// A speech's salutation: "各位代表：".
bool is_salutation(const Line& l);

// 主送机关: "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：".
bool is_addressee(const Line& l);

// An organ's name standing alone (a signature line): "国务院办公厅", "西安市人民政府".
bool is_organ_line(const Line& l);

// A date or a month alone, perhaps in brackets: "2023年3月28日", "（2023年5月）".
bool is_date_line(const U32& c);

// One or more organs' names side by side: "江西省统计局  国家统计局江西调查总队".
bool is_organ_list(const Line& l);

// A line that is a date and nothing else (a signature's 成文日期): "2018年10月27日",
// "二○一一年四月八日".
std::optional<DateMatch> whole_line_date(const Line& l);

// The 附件 marker of an attachment, alone on its line: "附件", "附件1", "附 件：", "附件一".
// `number` receives "1" (Arabic, from 一 too) or "".
bool is_attachment_marker(const Line& l, std::string& number);

// The 附件说明 of a body: "附件：1.××××", "附件：××××".
bool opens_attachment_note(const Line& l);

// A 附注: （此件公开发布）.
bool is_note(const Line& l);

// More characters found only in Traditional Chinese than only in Simplified.
bool is_traditional(const U32& text);

}  // namespace hsdoc::read::page
