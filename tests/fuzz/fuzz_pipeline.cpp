// libFuzzer target: the whole conversion (read → layout → pdf) with the bundled style and
// fonts, under small limits so that one input stays fast: every input either becomes a PDF
// or an hsdoc::Error of kind input.
#include "layout/layout.hpp"
#include "pdf/pdf.hpp"
#include "read/read.hpp"
#include "style/style.hpp"
#include "text/text.hpp"
#include "util/limits.hpp"

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

namespace {

struct Setup {
    hsdoc::style::Style style = hsdoc::style::load_style("gbt9704", HSDOC_SOURCE_DIR);
    std::shared_ptr<const hsdoc::text::FontSet> fonts =
        hsdoc::text::FontSet::load(style, HSDOC_SOURCE_DIR);
    hsdoc::Limits limits = [] {
        hsdoc::Limits l;
        l.input_bytes = 64 * 1024;
        l.paragraph_chars = 20000;
        l.xml_depth = 16;
        l.xml_elements = 5000;
        l.pages = 20;
        l.glyphs = 20000;
        return l;
    }();
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Setup setup;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const hsdoc::model::Document doc =
            hsdoc::read::read_document(bytes, "fuzz", nullptr, setup.limits);
        const hsdoc::layout::Pages pages =
            hsdoc::layout::layout(doc, setup.style, *setup.fonts, setup.limits);
        const std::string pdf = hsdoc::pdf::write_pdf(pages, *setup.fonts, {});
        if (pdf.compare(0, 5, "%PDF-") != 0) {
            std::abort();
        }
    } catch (const hsdoc::Error& e) {
        if (e.kind() != hsdoc::ErrorKind::input) {
            std::abort();
        }
    }
    return 0;
}
