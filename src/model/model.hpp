// hsdoc::model — the document as plain data.
//
// What every reader produces and the layout consumes: metadata, the body's blocks, and the
// attachments after it. Text is UTF-8 and already normalised by the reader (full-width
// punctuation, no control characters); nothing here does I/O or validation.
#pragma once

#include <string>
#include <vector>

namespace hsdoc::model {

// A line the text reader left out of the document (site chrome, widgets, trailing cruft,
// captions, credits), with the reason, so that `hsdoc extract`, `-v` and the manifest show
// what was cut. Every input line is in the document or here.
struct DroppedLine {
    int line = 0;        // 1-based line in the input; 0 for a note about the whole input
    std::string reason;  // chrome, breadcrumb, widget, counter, caption, credit, trailing, …
    std::string text;    // the line as read (trimmed)
};

// Header metadata. Every field is optional except the title; an empty string means absent.
// kicker, title, subtitle and byline are the document's head as printed (docs/spec/gbt9704.md
// §6): 引题 above the title, 副题 or 题注 under it (a speech's "——…在…会议上"), and the
// speaker's line (署名: 市长 张三).
struct Meta {
    std::string kicker;  // 引题
    std::string title;
    bool title_from_file_name = false;  // the page had no title: for metadata only, never printed
    std::string subtitle;
    std::string byline;
    std::string issuer;      // 发文机关
    std::string doc_number;  // 发文字号 / 期号
    std::string published;   // ISO 8601 at the precision given: 2023-02-04, 2023-02-04T20:37
    std::string source;      // 来源
    std::string author;      // 作者
    std::string editor;      // 责任编辑 / 编辑
    std::vector<std::string> channel;  // breadcrumb items, outermost first
    std::string url;
    std::string cc;          // 抄送
    std::string printer;     // 印发机关
    std::string print_date;  // 印发日期, ISO 8601 date
    std::string lang = "zh-CN";  // zh-TW when the text is Traditional Chinese
    std::vector<std::string> credits;  // credit lines cut from the body: （图文：… 审核：…）
};

enum class BlockKind {
    heading,     // level 1..4: 一、 （一） 1. （1）; text includes its marker
    paragraph,
    title,       // the document's own title as its body repeats it in another form, printed
                 // with the head ("政府工作报告" under a page title, before the 题注)
    addressee,   // 主送机关: "各省、自治区、直辖市人民政府，国务院各部委："
    list,        // items: short numbered lines with no paragraph between them
    attendance,  // role: 出席 / 请假 / 列席 / 参加人员; text: the names
    attachment_note,  // 附件说明: text "附件：1.…" (first item), items: the later items
    signature,   // text: the issuing organ; date: ISO 8601 date; date_text: as written
    note,        // 附注, e.g. （此件公开发布）
};

struct Item {
    std::string text;     // with its number as written: "1. 昭通水电硅循环经济项目"
    int source_line = 0;
};

struct Block {
    BlockKind kind = BlockKind::paragraph;
    int level = 0;           // headings only
    std::string role;        // attendance only
    std::string text;
    std::string date;        // signature only: ISO 8601
    std::string date_text;   // signature only: the date as written, when it was written
    std::vector<Item> items;  // list and attachment_note only
    int source_line = 0;     // 1-based line in the input, 0 when unknown
};

// An attachment (附件, GB/T 9704 §7.3.7, docs/spec/gbt9704.md §6) or the document a 印发/转发 notice carries
// (no 附件 marker): a new page, its own head and body.
struct Attachment {
    std::string number;       // "1", "2"; empty for a single 附件 or a carried document
    bool marked = true;       // false for a carried document: no 附件 line is printed
    std::string title;        // may be empty (an attachment that is only a table of items)
    std::string subtitle;
    std::string byline;
    std::vector<Block> blocks;
    int source_line = 0;      // the 附件 line, else the title's line
};

struct Document {
    Meta meta;
    std::vector<Block> blocks;
    std::vector<Attachment> attachments;
    std::vector<DroppedLine> dropped;  // what the text reader cut; never typeset
};

}  // namespace hsdoc::model
