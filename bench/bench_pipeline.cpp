// hsdoc_bench — where the time goes, per stage, for each input (not a test).
//
//   build/dev/bench/hsdoc_bench [-s STYLE] [-n REPEAT] INPUT...
//
// Loads the style and fonts once (timed), then converts each input REPEAT times in this
// process and prints the median per stage: read, layout (shaping, line fitting,
// pagination), pdf (subsetting, compression, writing), plus pages, layout time per page
// and output bytes. Whole-process time and peak memory are measured from outside by
// bench/seed.sh.
#include "layout/layout.hpp"
#include "pdf/pdf.hpp"
#include "read/read.hpp"
#include "style/style.hpp"
#include "text/text.hpp"
#include "util/error.hpp"
#include "util/paths.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

using namespace hsdoc;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    std::string style_name = "gbt9704";
    int repeat = 20;
    std::vector<std::string> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "-s" && i + 1 < argc) {
            style_name = argv[++i];
        } else if (a == "-n" && i + 1 < argc) {
            repeat = std::max(1, std::atoi(argv[++i]));
        } else {
            inputs.push_back(a);
        }
    }
    if (inputs.empty()) {
        std::cerr << "usage: hsdoc_bench [-s STYLE] [-n REPEAT] INPUT...\n";
        return 2;
    }
    try {
        const auto t0 = Clock::now();
        const style::Style style = style::load_style(style_name, paths::data_dir());
        const auto fonts = text::FontSet::load(style, paths::data_dir());
        std::printf("style + fonts loaded once: %.2f ms (style %s, %d fonts)\n\n", ms_since(t0), style_name.c_str(),
                    fonts->font_count());
        std::printf("%-28s %6s %8s %8s %8s %8s %9s %10s\n", "input", "pages", "read", "layout", "pdf", "total",
                    "layout/pg", "bytes");
        for (const std::string& path : inputs) {
            std::ifstream in(path, std::ios::binary);
            std::ostringstream ss;
            ss << in.rdbuf();
            const std::string bytes = ss.str();
            std::vector<double> t_read, t_layout, t_pdf;
            std::size_t out_bytes = 0;
            std::size_t pages = 0;
            for (int r = 0; r < repeat; ++r) {
                auto t = Clock::now();
                const model::Document doc = read::read_document(bytes, path);
                t_read.push_back(ms_since(t));
                t = Clock::now();
                const layout::Pages laid = layout::layout(doc, style, *fonts);
                t_layout.push_back(ms_since(t));
                t = Clock::now();
                const std::string pdf = pdf::write_pdf(laid, *fonts, pdf::PdfOptions{});
                t_pdf.push_back(ms_since(t));
                out_bytes = pdf.size();
                pages = laid.pages.size();
            }
            const double r = median(t_read), l = median(t_layout), p = median(t_pdf);
            std::string name = path.substr(path.find_last_of('/') + 1);
            std::printf("%-28.28s %6zu %8.2f %8.2f %8.2f %8.2f %9.3f %10zu\n", name.c_str(), pages, r, l, p, r + l + p,
                        l / static_cast<double>(pages), out_bytes);
        }
        std::printf("\n(milliseconds, median of %d runs in one process)\n", repeat);
    } catch (const Error& e) {
        std::cerr << "hsdoc_bench: " << e.located() << "\n";
        return 1;
    }
    return 0;
}
