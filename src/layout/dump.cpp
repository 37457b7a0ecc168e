// layout::dump — the pages as readable text, for golden files (one line per glyph run,
// coordinates rounded to 0.01 pt, in the order the layout produced them).
#include "layout/layout.hpp"

#include <cstdio>

namespace hsdoc::layout {
namespace {

std::string fixed(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    return s == "-0.00" ? "0.00" : s;
}

// "#12" for an element, "artifact" or "pagination" for furniture.
std::string owner(const Owner& o) {
    if (o.element >= 0) {
        return "#" + std::to_string(o.element);
    }
    return o.artifact == Artifact::pagination ? "pagination" : "artifact";
}

}  // namespace

std::string dump(const Pages& pages, const text::FontSet& fonts) {
    std::string out;
    out += "title: " + pages.info.title + "\n";
    for (std::size_t i = 0; i < pages.pages.size(); ++i) {
        const Page& p = pages.pages[i];
        out += "page " + std::to_string(i + 1) + " " + fixed(p.width_pt) + "x" + fixed(p.height_pt) + "\n";
        for (const Rect& r : p.rects) {
            out += "  rect x=" + fixed(r.x_pt) + " y=" + fixed(r.y_pt) + " w=" + fixed(r.width_pt) +
                   " h=" + fixed(r.height_pt) + " " + owner(r.owner) + "\n";
        }
        for (const GlyphRun& run : p.runs) {
            std::string text;
            for (const PlacedGlyph& g : run.glyphs) {
                text += g.text;
            }
            const double x0 = run.glyphs.empty() ? 0 : run.glyphs.front().x_pt;
            const double x1 = run.glyphs.empty() ? 0 : run.glyphs.back().x_pt;
            out += "  run " + fonts.info(run.font).family + " " + fixed(run.size_pt) + "pt y=" +
                   fixed(run.baseline_y_pt) + " x=" + fixed(x0) + ".." + fixed(x1) + " " + owner(run.owner) + " |" +
                   text + "|\n";
        }
        for (const QrCode& q : p.qr_codes) {
            out += "  qr x=" + fixed(q.x_pt) + " y=" + fixed(q.y_pt) + " modules=" + std::to_string(q.size) +
                   " module=" + fixed(q.module_pt) + " " + owner(q.owner) + "\n";
        }
        for (const Link& l : p.links) {
            out += "  link x=" + fixed(l.x_pt) + " y=" + fixed(l.y_pt) + " w=" + fixed(l.width_pt) +
                   " h=" + fixed(l.height_pt) + " " + owner(l.owner) + " " + l.uri + "\n";
        }
    }
    out += "structure\n";
    for (std::size_t i = 0; i < pages.structure.size(); ++i) {
        const Element& e = pages.structure[i];
        out += "  #" + std::to_string(i) + " " + e.type + (e.parent >= 0 ? " in #" + std::to_string(e.parent) : "") +
               (e.title.empty() ? "" : " " + e.title) + (e.alt.empty() ? "" : " alt=" + e.alt) + "\n";
    }
    return out;
}

}  // namespace hsdoc::layout
