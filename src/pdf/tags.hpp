// Private to pdf/: the tagged-PDF structure (ISO 32000-1 §14.7–14.8, ISO 14289-1). While page
// content is written, every painted item is wrapped in a marked-content sequence: with an
// MCID when it belongs to a structure element, as an /Artifact when it is furniture. After
// the pages, the structure tree is written from layout::Pages::structure with the MCIDs.
#pragma once

#include "layout/layout.hpp"

#include <string>
#include <vector>

namespace PoDoFo {
class PdfMemDocument;
class PdfObject;
}  // namespace PoDoFo

namespace hsdoc::pdf {

class Tagger {
public:
    explicit Tagger(const layout::Pages& pages);

    // Starting a page's content stream.
    void begin_page(std::size_t page);
    // The operators that close the open sequence, when `owner` differs from it, and open
    // one for `owner`; empty when the item continues the open sequence.
    std::string switch_to(const layout::Owner& owner);
    // Closes the open sequence at the end of the page's content.
    std::string end_page();

    // Writes the structure tree: StructElems with their marked content, the link
    // annotations as OBJRs, /StructParents on pages, the ParentTree, /MarkInfo. `pages` are
    // the page objects (PoDoFo's PdfPage wrappers do not outlive adding pages), `margin` what
    // the print profile's bleed adds around the layout's page.
    void write(PoDoFo::PdfMemDocument& doc, const std::vector<PoDoFo::PdfObject*>& pages, double margin,
               const std::vector<std::vector<PoDoFo::PdfObject*>>& link_annotations) const;

private:
    struct Mark {
        std::size_t page;
        int mcid;
    };
    const layout::Pages& m_pages;
    std::vector<std::vector<Mark>> m_marks;           // per element, its marked content in order
    std::vector<std::vector<int>> m_page_elements;    // per page, MCID → element
    std::size_t m_page = 0;
    bool m_open = false;
    layout::Owner m_current;
};

}  // namespace hsdoc::pdf
