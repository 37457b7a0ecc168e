// Private to read/: the text-page reader (docs/spec/web-article.md; § numbers refer to it).
//
// A page is read in zones, top to bottom (§1): locate the article among the site's
// furniture, read its head (kicker, title, subtitle, byline, metadata), read its body
// (blocks, headings, lists, attachments, signature), and cut the tail. Each zone is one
// file (page_head.cpp, page_body.cpp, page_reader.cpp) and asks page_classes.hpp what a line
// is. Every input line ends up in the document or in Document::dropped with its reason.
#pragma once

#include "model/model.hpp"
#include "read/page_classes.hpp"

#include <optional>
#include <string>
#include <vector>

namespace hsdoc::read {

// Reads the decoded UTF-8 text of a page. Never throws for odd layouts: a page with no
// recognisable zones becomes a document whose body is every non-empty line.
model::Document read_page(const std::string& utf8_text);

namespace page {

class PageReader {
public:
    explicit PageReader(const std::string& text);
    model::Document run();

private:
    // ---- page_reader.cpp: lines, drops, the tail, the finish
    void drop(const Line& l, const char* reason);
    std::size_t find_tail(std::size_t body_start) const;
    bool rest_is_cruft(std::size_t from) const;
    bool is_inline_related(std::size_t i) const;
    void note_tail_editor(const Line& l);
    void finish();
    void finish_credits();

    // ---- page_head.cpp: zones 1–5
    std::size_t read_head();
    std::size_t locate_article();
    std::optional<std::size_t> find_meta_anchor(std::size_t start) const;
    std::size_t read_meta_zone(std::size_t anchor);
    std::size_t read_title_zone_without_meta(std::size_t i, std::vector<const Line*>& candidates);
    bool opens_minutes_body(const Line& l) const;
    void classify_head_line(const Line& l, std::vector<const Line*>& candidates);
    void choose_title(std::vector<const Line*> cands);
    std::optional<Field> parse_meta_line(const Line& l);
    void set_field(Field field, const U32& s, std::size_t value_pos, const U32& v);
    bool is_value_line(const Line& l, Field field) const;

    // ---- page_body.cpp: zone 6
    void read_body(std::size_t begin, std::size_t end);
    std::vector<const Line*> body_lines(std::size_t begin, std::size_t end);
    std::size_t skip_display_headline(const std::vector<const Line*>& lines);
    std::size_t read_body_head(const std::vector<const Line*>& lines, std::size_t i);
    std::size_t read_speech_head(const std::vector<const Line*>& lines, std::size_t i, std::string& subtitle,
                                 std::string& byline, std::vector<model::Block>* title_blocks);
    std::size_t read_attachment_head(const std::vector<const Line*>& lines, std::size_t i, model::Attachment& a);
    bool opens_carried_document(const std::vector<const Line*>& lines, std::size_t i) const;
    std::size_t list_run(const std::vector<const Line*>& lines, std::size_t i) const;
    bool among_numbered_sentences(const std::vector<const Line*>& lines, std::size_t i, int level) const;
    std::size_t chapter_list_run(const std::vector<const Line*>& lines, std::size_t i) const;
    std::size_t enumeration_run(const std::vector<const Line*>& lines, std::size_t i) const;
    int section_title_lines(const std::vector<const Line*>& lines, std::size_t i) const;
    U32 cut_photo_credit(const Line& l);

    std::vector<Line> m_lines;
    model::Document m_doc;
    U32 m_table_title;
    std::vector<const Line*> m_title_lines;  // the head lines the title was read from
    U32 m_notice_title;  // the title naming what a 印发/转发 notice carries
    int m_published_rank = 0;  // 3 publication label, 2 leading date-time, 1 生成日期/发文日期
    int m_editor_rank = 0;     // 3 责任编辑, 2 责编, 1 编辑
};

}  // namespace page
}  // namespace hsdoc::read
