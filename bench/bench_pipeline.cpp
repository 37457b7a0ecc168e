// hsdoc_bench — where the time goes, per stage, for each input (not a test).
//
//   build/dev/bench/hsdoc_bench [-s STYLE] [-n REPEAT] INPUT...
//
// Loads the style and fonts once (timed), then converts each input REPEAT times in this
// process and prints the median per stage: read; shape (HarfBuzz) and layout (line
// fitting, pagination); subset (hb-subset), compress (deflate) and write (the rest of the
// PDF); plus pages, layout time per page and output bytes. The very first conversion in
// the process, which pays for cold caches (font tables, ICU data, page faults), is shown
// on its own line. Whole-process time and peak memory are measured from outside by
// bench/seed.sh and bench/batch.sh.
#include "layout/layout.hpp"
#include "pdf/pdf.hpp"
#include "read/read.hpp"
#include "style/style.hpp"
#include "text/text.hpp"
#include "util/error.hpp"
#include "util/paths.hpp"
#include "util/stage_clock.hpp"

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
        std::printf("%-24s %5s %7s %7s %7s %7s %8s %7s %7s %9s %9s\n", "input", "pages", "read", "shape", "layout",
                    "subset", "compress", "write", "total", "layout/pg", "bytes");
        using stage_clock::Stage;
        auto& inner = stage_clock::totals_ms();
        auto stage = [&](Stage s) { return inner[static_cast<std::size_t>(s)]; };
        bool first = true;
        for (const std::string& path : inputs) {
            std::ifstream in(path, std::ios::binary);
            std::ostringstream ss;
            ss << in.rdbuf();
            const std::string bytes = ss.str();
            enum { read, shape, layout, subset, compress, write, count };
            std::vector<std::vector<double>> t(count);
            std::size_t out_bytes = 0;
            std::size_t pages = 0;
            for (int r = 0; r < repeat; ++r) {
                inner = {};
                auto clock = Clock::now();
                const model::Document doc = read::read_document(bytes, path);
                t[read].push_back(ms_since(clock));
                clock = Clock::now();
                const layout::Pages laid = layout::layout(doc, style, *fonts);
                const double t_layout = ms_since(clock);
                clock = Clock::now();
                const std::string pdf = pdf::write_pdf(laid, *fonts, pdf::PdfOptions{});
                const double t_pdf = ms_since(clock);
                t[shape].push_back(stage(Stage::shape));
                t[layout].push_back(t_layout - stage(Stage::shape));
                t[subset].push_back(stage(Stage::subset));
                t[compress].push_back(stage(Stage::compress));
                t[write].push_back(t_pdf - stage(Stage::subset) - stage(Stage::compress));
                out_bytes = pdf.size();
                pages = laid.pages.size();
            }
            std::string name = path.substr(path.find_last_of('/') + 1);
            auto row = [&](const char* label, auto value) {
                double total = 0;
                for (int k = 0; k < count; ++k) {
                    total += value(t[k]);
                }
                std::printf("%-24.24s %5zu %7.2f %7.2f %7.2f %7.2f %8.2f %7.2f %7.2f %9.3f %9zu\n", label, pages,
                            value(t[read]), value(t[shape]), value(t[layout]), value(t[subset]), value(t[compress]),
                            value(t[write]), total, (value(t[shape]) + value(t[layout])) / static_cast<double>(pages),
                            out_bytes);
            };
            if (first) {
                row("(first run, cold)", [](const std::vector<double>& v) { return v.front(); });
                first = false;
            }
            row(name.c_str(), [](const std::vector<double>& v) { return median(v); });
        }
        std::printf("\n(milliseconds, median of %d runs in one process)\n", repeat);
    } catch (const Error& e) {
        std::cerr << "hsdoc_bench: " << e.located() << "\n";
        return 1;
    }
    return 0;
}
