// Punctuation normalisation (docs/spec/clreq.md §1, §9.4; GB/T 15834) and date shapes
// (docs/spec/web-article.md §6), one line per rule.
#include "read/dates.hpp"
#include "read/punct.hpp"
#include "read_test_util.hpp"

using namespace hsdoc;
using read::normalise_punctuation;

BOOST_AUTO_TEST_SUITE(read_punct)

BOOST_AUTO_TEST_CASE(ascii_marks_inside_chinese_become_full_width) {
    BOOST_TEST(normalise_punctuation("一年春作首,万事干为先,2月4日") == "一年春作首，万事干为先，2月4日");
    BOOST_TEST(normalise_punctuation("如下:") == "如下：");
    BOOST_TEST(normalise_punctuation("部置;") == "部置；");
    BOOST_TEST(normalise_punctuation("党组(扩大)会议") == "党组（扩大）会议");
    BOOST_TEST(normalise_punctuation("为什么?真的!") == "为什么？真的！");
    BOOST_TEST(normalise_punctuation("(1)会议要求") == "（1）会议要求");
    BOOST_TEST(normalise_punctuation("问题,,宣传") == "问题，，宣传");
    BOOST_TEST(normalise_punctuation("标准(GB/T 9704)规定") == "标准（GB/T 9704）规定");
}

BOOST_AUTO_TEST_CASE(numbers_times_urls_and_latin_stay_ascii) {
    BOOST_TEST(normalise_punctuation("资金1,250万元") == "资金1,250万元");
    BOOST_TEST(normalise_punctuation("上午10:00召开") == "上午10:00召开");
    BOOST_TEST(normalise_punctuation("网址https://www.gov.cn/a?b=1,2(3)查询") ==
               "网址https://www.gov.cn/a?b=1,2(3)查询");
    BOOST_TEST(normalise_punctuation("支持IPv6 (Internet Protocol) 的网站") ==
               "支持IPv6 (Internet Protocol) 的网站");
    BOOST_TEST(normalise_punctuation("Word,Excel") == "Word,Excel");
    BOOST_TEST(normalise_punctuation("邮箱abc@gov.cn;电话") == "邮箱abc@gov.cn；电话");
}

BOOST_AUTO_TEST_CASE(dashes_and_interpuncts_per_clreq_9_4) {
    BOOST_TEST(normalise_punctuation("忠诚与背叛――2022") == "忠诚与背叛——2022");      // N1
    BOOST_TEST(normalise_punctuation("乔治・华盛顿") == "乔治·华盛顿");                // N2
    BOOST_TEST(normalise_punctuation("会议，研究：（一）") == "会议，研究：（一）");    // N3
}

BOOST_AUTO_TEST_CASE(no_nfkc) {
    BOOST_TEST(normalise_punctuation("１２３ＡＢＣ　全角") == "１２３ＡＢＣ　全角");
}

BOOST_AUTO_TEST_CASE(normalisation_is_idempotent) {
    for (const char* s : {"a,(中", "一年春作首,万事干为先,", "x)(中", "(a),中", "？?!"}) {
        const std::string once = normalise_punctuation(s);
        BOOST_TEST(normalise_punctuation(once) == once, s);
    }
}

BOOST_AUTO_TEST_CASE(dates_in_every_spec_shape) {
    auto iso = [](const std::string& s) {
        const auto m = read::match_date(utf8::to_u32(s), 0);
        return m ? m->iso : std::string("none");
    };
    BOOST_TEST(iso("2023-02-04 20:37") == "2023-02-04T20:37");
    BOOST_TEST(iso("2022-03-23 11:18:04") == "2022-03-23T11:18:04");
    BOOST_TEST(iso("2022-08-22") == "2022-08-22");
    BOOST_TEST(iso("2023/6/1 9:05:00") == "2023-06-01T09:05:00");
    BOOST_TEST(iso("2024年05月14日 15:59") == "2024-05-14T15:59");
    BOOST_TEST(iso("2024年05月14日15:59") == "2024-05-14T15:59");
    BOOST_TEST(iso("2024年5月6日") == "2024-05-06");
    BOOST_TEST(iso("2023.02.04") == "2023-02-04");
    BOOST_TEST(iso("二○一一年四月八日") == "2011-04-08");
    BOOST_TEST(iso("二〇二三年十二月三十一日") == "2023-12-31");
    BOOST_TEST(iso("98年5月12日") == "2009-05-12");
    BOOST_TEST(iso("民國98年5月12日") == "2009-05-12");
    BOOST_TEST(iso("2024-11-18 下午") == "2024-11-18");
    BOOST_TEST(iso("2023-02-30") == "none");
    BOOST_TEST(iso("20231-5月份") == "none");
    BOOST_TEST(iso("12-05") == "none");
}

BOOST_AUTO_TEST_CASE(iso_date_check) {
    BOOST_TEST(read::is_iso_date("2023-02-04"));
    BOOST_TEST(read::is_iso_date("2023-02-04T20:37"));
    BOOST_TEST(read::is_iso_date("2023-02-04T20:37:05"));
    BOOST_TEST(!read::is_iso_date("2023-2-4"));
    BOOST_TEST(!read::is_iso_date("2023-02-29"));
    BOOST_TEST(!read::is_iso_date("2023-02-04 20:37"));
}

BOOST_AUTO_TEST_SUITE_END()
