// The real Converter: read → layout → pdf, with the style and fonts loaded once and shared
// read-only by every worker thread.
#include "batch/batch.hpp"

#include "layout/layout.hpp"
#include "pdf/pdf.hpp"
#include "read/read.hpp"
#include "style/style.hpp"
#include "text/text.hpp"
#include "util/hash.hpp"
#include "util/paths.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

namespace hsdoc::batch {
namespace {

const char* k_srgb_icc = "/usr/share/color/icc/sRGB.icc";

// Everything besides the input and options that the bytes depend on: the style file's
// content; each font file's path, size and modification time (hashing 25 MB of fonts
// would cost more than a conversion); SOURCE_DATE_EPOCH; the archive profile's ICC data.
std::string setup_fingerprint(const style::Style& style, const text::FontSet& fonts, const std::string& icc,
                              const char* epoch) {
    std::string key = "style " + style.file + "\n";
    std::ifstream in(style.file, std::ios::binary);
    key += hash::sha256_hex(std::string(std::istreambuf_iterator<char>(in), {})) + "\n";
    for (int f = 0; f < fonts.font_count(); ++f) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(fonts.path(f), ec);
        const auto time = std::filesystem::last_write_time(fonts.path(f), ec);
        key += "font " + fonts.path(f) + " " + std::to_string(ec ? 0 : size) + " " +
               std::to_string(ec ? 0 : time.time_since_epoch().count()) + "\n";
    }
    key += std::string("epoch ") + (epoch ? epoch : "") + "\n";
    key += "icc " + hash::sha256_hex(icc) + "\n";
    return hash::sha256_hex(key);
}

}  // namespace

Converter make_converter(const ConvertOptions& options, std::string* setup) {
    const std::string data_dir = paths::data_dir();
    auto style = std::make_shared<const style::Style>(style::load_style(options.style, data_dir));
    std::shared_ptr<const text::FontSet> fonts = text::FontSet::load(*style, data_dir);

    pdf::PdfOptions pdf_options;
    pdf_options.producer = std::string("hsdoc ") + HSDOC_VERSION;
    const std::string profile = options.profile.empty() ? style->profile : options.profile;
    if (profile == "archive") {
        pdf_options.profile = pdf::Profile::archive;
        // The OutputIntent's sRGB profile, from Debian's icc-profiles-free (scripts/setup).
        std::ifstream icc(k_srgb_icc, std::ios::binary);
        if (!icc) {
            throw Error(ErrorKind::environment, std::string("cannot read ") + k_srgb_icc + " for the archive profile", {},
                        0, 0, "run scripts/setup (package icc-profiles-free)");
        }
        pdf_options.srgb_icc.assign(std::istreambuf_iterator<char>(icc), {});
    } else if (profile == "print") {
        pdf_options.profile = pdf::Profile::print;
        pdf_options.bleed_pt = style->bleed_pt;
        pdf_options.crop_marks = style->crop_marks;
    } else if (profile != "screen") {
        throw Error(ErrorKind::usage, "unknown profile \"" + profile + "\" (expected screen, archive or print)");
    }
    // SOURCE_DATE_EPOCH (reproducible-builds.org) dates documents that carry no date.
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (setup != nullptr) {
        *setup = setup_fingerprint(*style, *fonts, pdf_options.srgb_icc, epoch);
    }
    if (epoch && *epoch) {
        char* end = nullptr;
        const long long v = std::strtoll(epoch, &end, 10);
        if (*end == '\0' && v >= 0) {
            pdf_options.fallback_epoch = v;
        }
    }

    return [style, fonts, pdf_options, options](std::string_view bytes, const std::string& input_name) {
        try {
            model::Document doc = read::read_document(bytes, input_name, nullptr, options.limits);
            // --issuer and --url stand in only where the document names none.
            if (doc.meta.issuer.empty()) {
                doc.meta.issuer = options.issuer;
            }
            if (doc.meta.url.empty() && !options.url.empty()) {
                read::check_url(options.url);
                doc.meta.url = options.url;
            }
            const layout::Pages pages = layout::layout(doc, *style, *fonts, options.limits);
            Converted out;
            out.pdf = pdf::write_pdf(pages, *fonts, pdf_options);
            out.pages = static_cast<int>(pages.pages.size());
            out.title = doc.meta.title;
            out.published = doc.meta.published;
            out.notes = pages.notes;
            for (const model::DroppedLine& d : doc.dropped) {
                out.dropped.push_back({d.line, d.reason, d.text});
            }
            return out;
        } catch (const Error& e) {
            throw e.with_file(input_name);
        }
    };
}

}  // namespace hsdoc::batch
