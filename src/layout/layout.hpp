// hsdoc::layout — Document + Style + fonts → positioned pages.
//
// In: a model::Document (trusted), a Style, a FontSet. Out: Pages — per page, glyph runs
// with every glyph's position, filled rectangles (rules), QR matrices and link areas, all in
// PDF user space (points, origin at the paper's bottom-left). Body text sits on the style's
// character grid (28 × 22 for GB/T 9704), broken by Chinese rules (docs/spec/clreq.md).
// Never: writes PDF syntax (pdf/ does) or reads files. A character no font covers is
// Error(input) with the block's source line.
#pragma once

#include "model/model.hpp"
#include "style/style.hpp"
#include "text/text.hpp"
#include "util/limits.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace hsdoc::layout {

// Page furniture: painted, but not part of the document's text (tagged PDF artifacts).
enum class Artifact {
    layout,      // the red issuer mark and rule, the 版记 rules
    pagination,  // page numbers
};

// Where a painted item belongs: an element of Pages::structure, or none (an artifact).
struct Owner {
    int element = -1;  // index into Pages::structure; -1: an artifact
    Artifact artifact = Artifact::layout;
};

// An element of the document's logical structure, in reading order (tagged PDF, ISO 32000-1
// §14.8): the items that name it as their owner are its content.
struct Element {
    std::string type;   // a standard structure type: Document, Sect, H1…H6, P, L, LI, Lbl, LBody,
                        // Figure, Caption, Link
    std::string title;  // what the element is, when its type does not say: 副题, 署名, 附注 …
    std::string alt;    // alternate description (a Figure)
    int parent = -1;
    std::vector<int> children;
};

struct PlacedGlyph {
    std::uint32_t gid = 0;
    double x_pt = 0;   // pen position of the glyph origin
    std::string text;  // the characters this glyph stands for (ToUnicode); empty for the
                       // second and later glyphs of a cluster
};

// Glyphs of one font, size and colour on one baseline.
struct GlyphRun {
    int font = 0;
    double size_pt = 0;
    double baseline_y_pt = 0;
    double h_scale = 1.0;  // horizontal compression (a too-wide issuer mark)
    bool fake_bold = false;  // stroked as well as filled (a role set bold without a bold face)
    style::Color color;
    std::vector<PlacedGlyph> glyphs;
    Owner owner;
};

struct Rect {
    double x_pt = 0;
    double y_pt = 0;  // bottom edge
    double width_pt = 0;
    double height_pt = 0;
    style::Color color;
    Owner owner;
};

struct QrCode {
    double x_pt = 0;  // bottom-left corner of the symbol including its quiet zone
    double y_pt = 0;
    double module_pt = 0;
    int size = 0;                   // modules per side, quiet zone included
    std::vector<std::uint8_t> dark;  // size × size, row 0 at the top
    style::Color color;
    Owner owner;
};

struct Link {
    double x_pt = 0;
    double y_pt = 0;
    double width_pt = 0;
    double height_pt = 0;
    std::string uri;
    Owner owner;  // a Link element
};

struct Page {
    double width_pt = 0;
    double height_pt = 0;
    std::vector<GlyphRun> runs;
    std::vector<Rect> rects;
    std::vector<QrCode> qr_codes;
    std::vector<Link> links;
};

// Document information for the PDF's Info dictionary and XMP, copied from the metadata.
struct DocInfo {
    std::string title;
    std::string author;
    std::string subject;
    std::string keywords;
    std::string published;  // ISO 8601 as in the metadata
    std::string source;
    std::string url;
    std::string issuer;
    std::string doc_number;
    std::vector<std::string> channel;
    std::vector<std::string> attendance;  // "出席：…" lines
    std::string language = "zh-CN";
};

struct Pages {
    std::vector<Page> pages;
    std::vector<Element> structure;  // [0] is the Document element
    DocInfo info;
    std::vector<std::string> notes;  // for the run's summary, e.g. "no URL: no QR code"
};

// Lays the document out. Throws Error(input) for text no font covers (line = the block's
// source line), for more than limits.pages pages or limits.glyphs glyphs, and Error(style)
// for a style the layout cannot use.
Pages layout(const model::Document& doc, const style::Style& style, const text::FontSet& fonts,
             const Limits& limits = {});

// A readable text dump of the pages (coordinates rounded to 0.01 pt, stable order), used
// as golden files so that a layout change shows as a diff.
std::string dump(const Pages& pages, const text::FontSet& fonts);

}  // namespace hsdoc::layout
