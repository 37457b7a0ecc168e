// End to end: page 1 of each bundled style, rendered at low resolution, against a reference
// image in tests/ref/render/. The assertions elsewhere pin positions and text; these images
// catch what nobody thought to assert (a stray rule, a mark in the wrong colour or place).
//
// Updating a reference is deliberate: `HSDOC_UPDATE_REFS=1 ./test_e2e --run_test=e2e_render/<case>`
// writes the new render instead of comparing. A failing comparison never rewrites its
// reference; it leaves the actual and a diff image in <build>/tests/render-failures/.
#include "support.hpp"

#include <png.h>

#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace fs = std::filesystem;
using namespace hsdoc::test;

namespace {

const char* k_seed = "000_d03afc9d16656354";

// Tolerance, calibrated on page 1 of the gbt9704 seed (298 × 421 px at 36 dpi):
// - two renders of the same PDF are identical (0 px), and so are renders with poppler's
//   vector anti-aliasing or thin-line mode switched, so rasteriser settings leave headroom;
// - a difference under 40 grey levels is anti-aliasing noise on a glyph edge, not a change
//   a reader sees, so it is not counted;
// - a visibly different issuer mark (赫山区政府 instead of 赫山区人民政府, 7 → 5 glyphs)
//   differs in 0.95 % of the pixels, the article page against the gbt9704 page in 12.7 %,
//   and a 0.3 % scale of the whole page in 2.4 %: 0.5 % catches all of these, while a
//   change of a few body characters (about 30 px each) passes — the text itself is checked
//   by pdftotext and the glyph tests, not here.
const int k_grey_tolerance = 40;
const double k_max_differing_share = 0.005;

// An 8-bit grey image, row by row, no padding.
struct GreyImage {
    unsigned width = 0;
    unsigned height = 0;
    std::vector<unsigned char> pixels;
};

// Decodes any PNG (pdftoppm writes RGB even with -gray) to 8-bit grey with libpng.
GreyImage read_png(const fs::path& path) {
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    BOOST_REQUIRE_MESSAGE(png_image_begin_read_from_file(&image, path.c_str()) != 0,
                          "cannot read " << path << ": " << image.message);
    image.format = PNG_FORMAT_GRAY;
    GreyImage out;
    out.width = image.width;
    out.height = image.height;
    out.pixels.resize(PNG_IMAGE_SIZE(image));
    BOOST_REQUIRE_MESSAGE(png_image_finish_read(&image, nullptr, out.pixels.data(), 0, nullptr) != 0,
                          "cannot decode " << path << ": " << image.message);
    return out;
}

// Writes a grey PNG at `bits` per pixel (8, or 4 for references). A reference is stored
// with 16 grey levels: rounding moves a pixel by at most 8 levels, far inside
// k_grey_tolerance, and halves the file (7–12 KB instead of 15–26 KB at 8 bits).
void write_png(const fs::path& path, const GreyImage& img, int bits = 8) {
    fs::create_directories(path.parent_path());
    FILE* file = std::fopen(path.c_str(), "wb");
    BOOST_REQUIRE_MESSAGE(file != nullptr, "cannot write " << path);
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png != nullptr ? png_create_info_struct(png) : nullptr;
    std::vector<unsigned char> row(img.width);
    const int max_value = (1 << bits) - 1;
    bool ok = false;
    // libpng reports errors by longjmp; nothing with a destructor is created below this.
    if (png != nullptr && info != nullptr && setjmp(png_jmpbuf(png)) == 0) {
        png_init_io(png, file);
        png_set_compression_level(png, 9);
        png_set_IHDR(png, info, img.width, img.height, bits, PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_NONE,
                     PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
        png_write_info(png, info);
        png_set_packing(png);  // one pixel per byte in, `bits` per pixel out
        for (unsigned y = 0; y < img.height; ++y) {
            for (unsigned x = 0; x < img.width; ++x) {
                row[x] = static_cast<unsigned char>((img.pixels[std::size_t(y) * img.width + x] * max_value + 127) / 255);
            }
            png_write_row(png, row.data());
        }
        png_write_end(png, info);
        ok = true;
    }
    png_destroy_write_struct(&png, &info);
    ok = std::fclose(file) == 0 && ok;
    BOOST_REQUIRE_MESSAGE(ok, "cannot write " << path);
}

// The build folder of the test binary (<build>/tests), where failure images go; CI can
// upload it, and the source tree stays clean.
fs::path failure_dir() { return fs::read_symlink("/proc/self/exe").parent_path() / "render-failures"; }

fs::path reference_path(const std::string& name, int page = 1) {
    return source_dir() / "tests" / "ref" / "render" / (name + "-p" + std::to_string(page) + ".png");
}

// Converts `input` with `options` and renders a page as the references are made.
GreyImage render_page(const std::string& options, const fs::path& input, int page = 1) {
    require_tool("pdftoppm");
    TempDir dir;
    const CommandResult r = run("HSDOC_DATA_DIR=" + shell_quote(source_dir()) + " " + shell_quote(hsdoc_binary()) +
                                " convert -q " + options + " -o " + shell_quote(dir.path()) + " " + shell_quote(input));
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, "hsdoc convert failed: " << r.err);
    const fs::path pdf = dir.path() / (input.stem().string() + ".pdf");
    BOOST_REQUIRE(fs::exists(pdf));
    const fs::path prefix = dir.path() / "page";
    const std::string n = std::to_string(page);
    const CommandResult ppm = run("pdftoppm -r 36 -gray -png -f " + n + " -l " + n + " -singlefile " + shell_quote(pdf) +
                                  " " + shell_quote(prefix));
    BOOST_REQUIRE_MESSAGE(ppm.exit_code == 0, "pdftoppm failed: " << ppm.err);
    return read_png(prefix.string() + ".png");
}

struct Comparison {
    bool same_size = false;
    std::size_t differing = 0;  // pixels off by more than k_grey_tolerance
    double share = 1.0;
    GreyImage diff;  // white where equal, darker the larger the difference
};

Comparison compare(const GreyImage& actual, const GreyImage& expected) {
    Comparison c;
    c.same_size = actual.width == expected.width && actual.height == expected.height;
    if (!c.same_size) {
        return c;
    }
    c.diff = actual;
    for (std::size_t i = 0; i < actual.pixels.size(); ++i) {
        const int d = std::abs(int(actual.pixels[i]) - int(expected.pixels[i]));
        if (d > k_grey_tolerance) {
            ++c.differing;
        }
        c.diff.pixels[i] = static_cast<unsigned char>(255 - d);
    }
    c.share = actual.pixels.empty() ? 0.0 : double(c.differing) / double(actual.pixels.size());
    return c;
}

// Compares with the reference `name`, or rewrites it when HSDOC_UPDATE_REFS=1 asks for it.
void check_against_reference(const std::string& name, const GreyImage& actual, int page = 1) {
    const fs::path ref = reference_path(name, page);
    const std::string p = "-p" + std::to_string(page);
    const char* update = std::getenv("HSDOC_UPDATE_REFS");
    if (update != nullptr && std::string(update) == "1") {
        write_png(ref, actual, 4);
        BOOST_TEST_MESSAGE("updated reference " << ref << " (" << actual.width << " x " << actual.height << ")");
        return;
    }
    BOOST_REQUIRE_MESSAGE(fs::exists(ref), "no reference " << ref << ": create it with HSDOC_UPDATE_REFS=1");
    const Comparison c = compare(actual, read_png(ref));
    if (c.same_size && c.share < k_max_differing_share) {
        return;
    }
    const fs::path actual_path = failure_dir() / (name + p + ".actual.png");
    write_png(actual_path, actual);
    if (!c.same_size) {
        BOOST_ERROR("page " << page << " of " << name << " is " << actual.width << " x " << actual.height
                                 << " px, the reference is not; actual render: " << actual_path);
        return;
    }
    const fs::path diff_path = failure_dir() / (name + p + ".diff.png");
    write_png(diff_path, c.diff);
    BOOST_ERROR("page " << page << " of " << name << " differs from " << ref << " in " << c.differing << " px ("
                             << c.share * 100 << " %, limit " << k_max_differing_share * 100
                             << " %); actual: " << actual_path << ", diff: " << diff_path);
}

fs::path seed_input() { return source_dir() / "inputs" / (std::string(k_seed) + ".txt"); }
fs::path minutes_input() { return source_dir() / "inputs" / "minutes-example.xml"; }
const char* k_gbt9704_options = "--issuer 赫山区人民政府 --url https://www.hsq.gov.cn/";

}  // namespace

BOOST_AUTO_TEST_SUITE(e2e_render)

BOOST_AUTO_TEST_CASE(gbt9704_page1_matches_its_reference) {
    check_against_reference("gbt9704", render_page(k_gbt9704_options, seed_input()));
}

BOOST_AUTO_TEST_CASE(minutes_page1_matches_its_reference) {
    check_against_reference("minutes", render_page("--style minutes", minutes_input()));
}

// A speech's head (title, 题注, speaker) and a notice with its signature; the document the
// notice issues, on a page of its own.
BOOST_AUTO_TEST_CASE(speech_and_notice_pages_match_their_references) {
    const fs::path long_reports = source_dir() / "tests/corpus/visible-long";
    check_against_reference("speech", render_page("", long_reports / "003.txt"));
    check_against_reference("notice", render_page("", long_reports / "013.txt"));
    check_against_reference("notice", render_page("", long_reports / "013.txt", 2), 2);
}

BOOST_AUTO_TEST_CASE(article_page1_matches_its_reference) {
    check_against_reference("article", render_page("--style article", seed_input()));
}

// The comparison must be able to fail: the official page (red mark, red rule, 版头) is not
// the plain article page. Read-only, so it never rewrites a reference, even when updating.
BOOST_AUTO_TEST_CASE(gbt9704_page1_does_not_match_the_article_reference) {
    const fs::path ref = reference_path("article");
    BOOST_REQUIRE_MESSAGE(fs::exists(ref), "no reference " << ref);
    const Comparison c = compare(render_page(k_gbt9704_options, seed_input()), read_png(ref));
    BOOST_TEST(c.same_size);
    BOOST_TEST(c.share > k_max_differing_share, "only " << c.share * 100 << " % of the pixels differ");
    BOOST_TEST_MESSAGE("gbt9704 against the article reference: " << c.share * 100 << " % differ");
}

BOOST_AUTO_TEST_SUITE_END()
