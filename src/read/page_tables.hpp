// Private to read/: the words and labels the page reader matches, as data, one table per
// question (docs/spec/web-article.md; § numbers refer to it). Shape decides first; these
// lists settle what shape alone cannot, so a new site's furniture is a new row here, not a
// new branch in the reader. Words are compared on the compact fold (page_lines.hpp): ASCII
// forms of full-width marks, no spaces.
#pragma once

#include "read/page_lines.hpp"

#include <vector>

namespace hsdoc::read::page {

// ---- Metadata (§5) --------------------------------------------------------------------

enum class Field {
    published,      // 发布时间 …
    published_low,  // 生成日期 / 成文日期: used only when no publication label gives a date
    source,
    author,
    editor_chief,  // 责任编辑
    editor_short,  // 责编
    editor,        // 编辑
    doc_number,
    issuer,       // 发文机关 of a 政府信息公开 table
    title,        // 文件名称 / 标题 in a disclosure table
    counter,      // 浏览 …
    widget,       // 字体, 字号, 分享 …
    ignored,      // known label whose value we do not keep
};

struct Label {
    const char32_t* text;
    Field field;
};

// Every metadata label, longest first where one is a prefix or suffix of another.
extern const std::vector<Label> k_labels;

// Labels that never open a colon-less table row: too common at the start of prose.
extern const Words k_labels_not_opening_rows;

// Labels of a page's own address line ("原文链接：https://…").
extern const Words k_url_labels;

// ---- Head: chrome, breadcrumb, widgets (§2, §3, §5.3) ---------------------------------

extern const Words k_breadcrumb_labels;

// Words a line of site chrome is made of ("繁体版 | 无障碍 | 长辈版").
extern const Words k_chrome_words;

// Prefixes of whole chrome lines (sub-site lists, skip links).
extern const Words k_chrome_prefixes;

// Words of a browser's help notice ("IE6請利用鍵盤按住ALT鍵 + V → X", "请开启JavaScript").
extern const Words k_chrome_mentions;

// Words of a site's name standing over its pages ("今日舞阳", "某某网").
extern const Words k_site_name_words;

// Widgets that count anywhere at a line start, and short ones that need a bracket, colon
// or bar (or stand alone) so that "打印复印服务采购" stays text.
extern const Words k_widget_prefixes;
extern const Words k_widget_short;
extern const Words k_widget_exact;

// Words of a share bar: "微信 微博 QQ空间".
extern const Words k_share_words;

// ---- Head: title, kicker, subtitle, byline (§4) ---------------------------------------

// Words a headline of a meeting or a document has and a 引题 slogan does not.
extern const Words k_headline_words;

// Ends of a first title piece left hanging ("…关于", "…的") when a title wraps.
extern const Words k_dangling_ends;

// Kinds of document a title ends with (通知, 方案, 规定 …).
extern const Words k_document_kinds;

// Offices of a speaker's line (署名): 市长, 代市长, 区长 …
extern const Words k_speaker_offices;

// ---- Body (§7) ------------------------------------------------------------------------

extern const Words k_attendance_roles;

// 附注 lines: （此件公开发布）.
extern const Words k_notes;

// Titles of a glossary section: 名词解释.
extern const Words k_glossary_titles;

// Ends of an organ's name (signature line, 主送机关).
extern const Words k_organ_ends;

// Photo captions and image placeholders standing alone (§7).
extern const Words k_caption_exact;
extern const Words k_image_extensions;

// Labels of a credit line (§7): （图文：… 审核：…）.
extern const Words k_credit_labels;

// ---- Tail (§8) ------------------------------------------------------------------------

// Markers that end the body: the first one after it starts the trailing cruft.
extern const Words k_tail_prefixes;
extern const Words k_tail_exact;
extern const Words k_tail_anywhere;

// Footer lines a notice may also carry as content ("邮编：361018"): they end the body only
// when nothing but cruft follows.
extern const Words k_weak_tail_prefixes;

// ---- Script ---------------------------------------------------------------------------

// Characters found only in Traditional Chinese text, and their Simplified forms: a page
// with more of the first is zh-TW.
extern const char32_t* const k_traditional_only;
extern const char32_t* const k_simplified_only;

}  // namespace hsdoc::read::page
