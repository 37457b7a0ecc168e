// Marked content and the structure tree (tags.hpp).
#include "pdf/tags.hpp"

#include <podofo.h>

#include <algorithm>

namespace hsdoc::pdf {
namespace {

using namespace PoDoFo;

PdfString utf8_string(const std::string& s) { return PdfString(reinterpret_cast<const pdf_utf8*>(s.c_str())); }

bool same(const layout::Owner& a, const layout::Owner& b) {
    return a.element == b.element && (a.element >= 0 || a.artifact == b.artifact);
}

}  // namespace

Tagger::Tagger(const layout::Pages& pages)
    : m_pages(pages), m_marks(pages.structure.size()), m_page_elements(pages.pages.size()) {}

void Tagger::begin_page(std::size_t page) {
    m_page = page;
    m_open = false;
}

std::string Tagger::switch_to(const layout::Owner& owner) {
    if (m_open && same(owner, m_current)) {
        return {};
    }
    std::string s = m_open ? "EMC\n" : "";
    m_open = true;
    m_current = owner;
    if (owner.element < 0) {
        return s + (owner.artifact == layout::Artifact::pagination
                        ? "/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n"
                        : "/Artifact <</Type /Layout>> BDC\n");
    }
    std::vector<int>& mcids = m_page_elements[m_page];
    const int mcid = static_cast<int>(mcids.size());
    mcids.push_back(owner.element);
    m_marks[static_cast<std::size_t>(owner.element)].push_back({m_page, mcid});
    return s + "/" + m_pages.structure[static_cast<std::size_t>(owner.element)].type + " <</MCID " +
           std::to_string(mcid) + ">> BDC\n";
}

std::string Tagger::end_page() {
    const bool open = m_open;
    m_open = false;
    return open ? "EMC\n" : "";
}

void Tagger::write(PdfMemDocument& doc, const std::vector<PdfObject*>& pages, double margin,
                   const std::vector<std::vector<PdfObject*>>& link_annotations) const {
    PdfVecObjects& objects = doc.GetObjects();
    PdfObject* root = objects.CreateObject("StructTreeRoot");
    std::vector<PdfObject*> elems;
    for (std::size_t i = 0; i < m_pages.structure.size(); ++i) {
        elems.push_back(objects.CreateObject("StructElem"));
    }
    // Links: the annotation of each Link element, in page order.
    std::vector<std::pair<std::size_t, PdfObject*>> link_of(m_pages.structure.size(), {0, nullptr});
    for (std::size_t p = 0; p < m_pages.pages.size(); ++p) {
        for (std::size_t k = 0; k < m_pages.pages[p].links.size(); ++k) {
            const int e = m_pages.pages[p].links[k].owner.element;
            if (e >= 0) {
                link_of[static_cast<std::size_t>(e)] = {p, link_annotations.at(p).at(k)};
            }
        }
    }
    for (std::size_t i = 0; i < m_pages.structure.size(); ++i) {
        const layout::Element& e = m_pages.structure[i];
        PdfDictionary& d = elems[i]->GetDictionary();
        d.AddKey("S", PdfName(e.type));
        d.AddKey("P", e.parent >= 0 ? elems[static_cast<std::size_t>(e.parent)]->Reference() : root->Reference());
        if (!e.title.empty()) {
            d.AddKey("T", utf8_string(e.title));
        }
        if (!e.alt.empty()) {
            d.AddKey("Alt", utf8_string(e.alt));
        }
        PdfArray kids;
        for (const Mark& m : m_marks[i]) {
            PdfDictionary mcr;
            mcr.AddKey("Type", PdfName("MCR"));
            mcr.AddKey("Pg", pages.at(m.page)->Reference());
            mcr.AddKey("MCID", static_cast<pdf_int64>(m.mcid));
            kids.push_back(mcr);
        }
        if (const auto& [page, annot] = link_of[i]; annot != nullptr) {
            PdfDictionary objr;
            objr.AddKey("Type", PdfName("OBJR"));
            objr.AddKey("Pg", pages.at(page)->Reference());
            objr.AddKey("Obj", annot->Reference());
            kids.push_back(objr);
        }
        for (int child : e.children) {
            kids.push_back(elems[static_cast<std::size_t>(child)]->Reference());
        }
        if (!m_marks[i].empty()) {
            d.AddKey("Pg", pages.at(m_marks[i].front().page)->Reference());
        }
        d.AddKey("K", kids);
    }
    // The figure's bounding box (ISO 14289-1 requires it with its Alt): its QR symbol.
    for (std::size_t p = 0; p < m_pages.pages.size(); ++p) {
        for (const layout::QrCode& q : m_pages.pages[p].qr_codes) {
            if (q.owner.element < 0) {
                continue;
            }
            PdfArray bbox;
            for (double v : {q.x_pt + margin, q.y_pt + margin, q.x_pt + margin + q.size * q.module_pt,
                             q.y_pt + margin + q.size * q.module_pt}) {
                bbox.push_back(PdfVariant(v));
            }
            PdfDictionary layout;
            layout.AddKey("O", PdfName("Layout"));
            layout.AddKey("BBox", bbox);
            elems[static_cast<std::size_t>(q.owner.element)]->GetDictionary().AddKey("A", layout);
        }
    }
    // The ParentTree: each page's MCIDs to their elements, then each link annotation.
    PdfArray nums;
    pdf_int64 key = 0;
    for (std::size_t p = 0; p < pages.size(); ++p, ++key) {
        pages[p]->GetDictionary().AddKey("StructParents", key);
        PdfArray by_mcid;
        for (int e : m_page_elements[p]) {
            by_mcid.push_back(elems[static_cast<std::size_t>(e)]->Reference());
        }
        nums.push_back(key);
        nums.push_back(objects.CreateObject(PdfVariant(by_mcid))->Reference());
    }
    for (std::size_t p = 0; p < pages.size(); ++p) {
        for (PdfObject* annot : link_annotations[p]) {
            annot->GetDictionary().AddKey("StructParent", key);
            const auto it = std::find_if(link_of.begin(), link_of.end(), [&](const auto& l) { return l.second == annot; });
            if (it == link_of.end()) {
                throw std::logic_error("a link annotation without its Link element");
            }
            nums.push_back(key++);
            nums.push_back(elems[static_cast<std::size_t>(it - link_of.begin())]->Reference());
        }
        if (!link_annotations[p].empty()) {
            pages[p]->GetDictionary().AddKey("Tabs", PdfName("S"));
        }
    }
    PdfObject* parent_tree = objects.CreateObject();
    parent_tree->GetDictionary().AddKey("Nums", nums);
    PdfDictionary& rd = root->GetDictionary();
    PdfArray top;
    top.push_back(elems.front()->Reference());
    rd.AddKey("K", top);
    rd.AddKey("ParentTree", parent_tree->Reference());
    rd.AddKey("ParentTreeNextKey", key);

    PdfDictionary& catalog = doc.GetCatalog()->GetDictionary();
    catalog.AddKey("StructTreeRoot", root->Reference());
    PdfDictionary mark_info;
    mark_info.AddKey("Marked", PdfVariant(true));
    catalog.AddKey("MarkInfo", mark_info);
    PdfDictionary viewer;
    viewer.AddKey("DisplayDocTitle", PdfVariant(true));
    catalog.AddKey("ViewerPreferences", viewer);
}

}  // namespace hsdoc::pdf
