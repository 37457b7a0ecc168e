// hsdoc::model — the document as plain data.
//
// What every reader produces and the layout consumes: metadata plus a flat list of blocks.
// Text is UTF-8 and already normalised by the reader (full-width punctuation, no control
// characters); nothing here does I/O or validation.
#pragma once

#include <string>
#include <vector>

namespace hsdoc::model {

// A line the text reader left out of the document (site chrome, widgets, trailing cruft,
// captions, credits), kept so `hsdoc extract` can show what was cut.
struct DroppedLine {
    int line = 0;        // 1-based line in the input
    std::string reason;  // chrome, breadcrumb, widget, counter, caption, credit, trailing, …
    std::string text;    // the line as read (trimmed)
};

// Header metadata. Every field is optional except the title; an empty string means absent.
struct Meta {
    std::string title;
    bool title_from_file_name = false;  // the page had no title: for metadata only, never printed
    std::string subtitle;
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
    std::vector<std::string> credits;  // credit lines cut from the body: （图文：… 审核：…）
    std::vector<DroppedLine> dropped;  // what the text reader cut; never typeset
};

enum class BlockKind {
    heading,     // level 1..4: 一、 （一） 1. （1）; text includes its marker
    paragraph,
    attendance,  // role: 出席 / 请假 / 列席 / 参加人员; text: the names
    signature,   // text: the issuing organ; date: ISO 8601 date
    note,        // 附注, e.g. （此件公开发布）
};

struct Block {
    BlockKind kind = BlockKind::paragraph;
    int level = 0;           // headings only
    std::string role;        // attendance only
    std::string text;
    std::string date;        // signature only
    int source_line = 0;     // 1-based line in the input, 0 when unknown
};

struct Document {
    Meta meta;
    std::vector<Block> blocks;
};

}  // namespace hsdoc::model
