// The generators behind /W, /ToUnicode and the document metadata, and font subsetting,
// tested directly.
#include "pdf/font_embed.hpp"
#include "pdf/metadata.hpp"
#include "style/style.hpp"
#include "support.hpp"
#include "util/utf8.hpp"

using namespace hsdoc;

BOOST_AUTO_TEST_SUITE(pdf_font_objects)

BOOST_AUTO_TEST_CASE(width_groups_leave_out_default_widths_and_group_consecutive_codes) {
    const std::map<std::uint16_t, int> widths{{10, 1000}, {11, 500}, {12, 500}, {13, 1000}, {20, 250}, {21, 1000}};
    const std::vector<pdf::WidthGroup> groups = pdf::width_groups(widths, 1000);
    BOOST_REQUIRE(groups.size() == 2u);
    BOOST_TEST(groups[0].first_code == 11);
    BOOST_TEST((groups[0].widths == std::vector<int>{500, 500}));
    BOOST_TEST(groups[1].first_code == 20);
    BOOST_TEST((groups[1].widths == std::vector<int>{250}));
}

BOOST_AUTO_TEST_CASE(to_unicode_maps_codes_to_utf16_including_surrogates_and_ligatures) {
    const std::string cmap = pdf::to_unicode_cmap({{0x0001, "一"}, {0x0007, "ffi"}, {0x0100, "\xF0\xA0\x80\x80"}});
    BOOST_TEST(cmap.find("3 beginbfchar") != std::string::npos);
    BOOST_TEST(cmap.find("<0001> <4E00>") != std::string::npos);
    BOOST_TEST(cmap.find("<0007> <006600660069>") != std::string::npos);
    BOOST_TEST(cmap.find("<0100> <D840DC00>") != std::string::npos);  // U+20000
    BOOST_TEST(cmap.find("<0000> <FFFF>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(to_unicode_blocks_hold_at_most_100_entries) {
    std::map<std::uint16_t, std::string> many;
    for (int i = 0; i < 250; ++i) {
        many[static_cast<std::uint16_t>(i)] = "A";
    }
    const std::string cmap = pdf::to_unicode_cmap(many);
    BOOST_TEST(cmap.find("100 beginbfchar") != std::string::npos);
    BOOST_TEST(cmap.find("50 beginbfchar") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(published_dates_are_china_standard_time_and_the_same_instant_in_info_and_xmp) {
    BOOST_TEST(pdf::doc_date("2023-02-04T20:37", -1).pdf == "D:20230204203700+08'00'");
    BOOST_TEST(pdf::doc_date("2023-02-04T20:37", -1).xmp == "2023-02-04T20:37:00+08:00");
    BOOST_TEST(pdf::doc_date("2023-02-04", -1).pdf == "D:20230204000000+08'00'");
    BOOST_TEST(pdf::doc_date("2023-02-04", -1).xmp == "2023-02-04T00:00:00+08:00");
}

BOOST_AUTO_TEST_CASE(no_date_means_source_date_epoch_or_nothing_never_the_clock) {
    BOOST_TEST(pdf::doc_date("", -1).pdf.empty());
    BOOST_TEST(pdf::doc_date("", 0).pdf == "D:19700101000000Z");
    BOOST_TEST(pdf::doc_date("", 1675514220).xmp == "2023-02-04T12:37:00Z");
}

BOOST_AUTO_TEST_CASE(xmp_mirrors_the_info_values) {
    layout::DocInfo info;
    info.title = "赫山区人民政府第一次全体会议";
    info.author = "肖帅";
    info.source = "区政府办";
    info.url = "https://www.hsq.gov.cn/";
    info.channel = {"首页", "政府会议"};
    const std::string xmp = pdf::xmp_packet(info, "hsdoc 1", pdf::doc_date("2023-02-04T20:37", -1));
    BOOST_TEST(xmp.find("<rdf:li xml:lang=\"x-default\">赫山区人民政府第一次全体会议</rdf:li>") != std::string::npos);
    BOOST_TEST(xmp.find("<dc:source>区政府办</dc:source>") != std::string::npos);
    BOOST_TEST(xmp.find("<dc:identifier>https://www.hsq.gov.cn/</dc:identifier>") != std::string::npos);
    BOOST_TEST(xmp.find("<xmp:CreateDate>2023-02-04T20:37:00+08:00</xmp:CreateDate>") != std::string::npos);
    BOOST_TEST(xmp.find("<?xpacket end=\"w\"?>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(subsetting_by_code_point_gives_the_font_subsetting_by_glyph_id_gives) {
    const style::Style style = style::load_style("gbt9704", test::source_dir().string());
    const auto fonts = text::FontSet::load(style, test::source_dir().string());
    const std::u32string text = U"关于召开第十七届人民政府会议的通知，。“”（）";
    int font = -1;
    for (int f : fonts->role_fonts(style::Role::body)) {
        if (font < 0 && fonts->covers(f, U'关')) {
            font = f;
        }
    }
    BOOST_REQUIRE(font >= 0);
    pdf::FontUse by_code_point;
    pdf::FontUse by_glyph_id;
    for (char32_t cp : text) {
        const std::uint32_t gid = fonts->nominal_glyph(font, cp);
        pdf::add_glyph(by_code_point, *fonts, font, gid, utf8::from_u32(std::u32string(1, cp)));
        by_glyph_id.gids.insert(gid);
    }
    by_glyph_id.all_nominal = false;
    BOOST_TEST(by_code_point.all_nominal);
    BOOST_TEST(by_code_point.nominal_unicodes.size() == text.size());
    const pdf::SubsetFont a = pdf::subset_font(*fonts, font, by_code_point);
    const pdf::SubsetFont b = pdf::subset_font(*fonts, font, by_glyph_id);
    BOOST_TEST(a.program.size() > 1000u);
    BOOST_TEST((a.program == b.program));
    BOOST_TEST((a.new_gid == b.new_gid));
    BOOST_TEST(a.tag == b.tag);

    // A glyph that is not the cmap glyph of its text (a ligature, a substituted form)
    // sends the whole font back to glyph ids.
    pdf::add_glyph(by_code_point, *fonts, font, fonts->nominal_glyph(font, U'关'), "于");
    BOOST_TEST(!by_code_point.all_nominal);
    BOOST_TEST(by_code_point.nominal_unicodes.empty());
}

BOOST_AUTO_TEST_SUITE_END()
