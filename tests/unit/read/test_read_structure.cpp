// The text reader on the shapes of real reports and pages, one case per shape: speech heads,
// headings and lists, attachments, notices, Traditional-Chinese pages, and furniture of
// sites the reader has no word list for.
#include "read_test_util.hpp"

using namespace hsdoc;
using model::BlockKind;
using test::read_text_string;

namespace {

bool dropped_has(const model::Document& d, const std::string& s, const std::string& reason = {}) {
    for (const auto& l : d.dropped) {
        if (l.text.find(s) != std::string::npos && (reason.empty() || l.reason == reason)) {
            return true;
        }
    }
    return false;
}

bool units_have(const model::Document& d, const std::string& s) {
    for (const std::string& u : test::body_units(d)) {
        if (u.find(s) != std::string::npos) {
            return true;
        }
    }
    return false;
}

const std::string k_para = "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(read_structure)

// ---- Heads ---------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(title_with_a_bracketed_speaker_keeps_its_own_title_subtitle_and_byline) {
    const auto d = read_text_string("宿州市政府工作报告（2014年1月16日 史翔）\n\n政府工作报告\n\n"
                                    "——2014年1月16日在宿州市第四届人民代表大会第三次会议上\n\n市长 史 翔\n\n各位代表：\n\n" +
                                    k_para);
    BOOST_TEST(d.meta.title == "宿州市政府工作报告（2014年1月16日 史翔）");
    BOOST_TEST(d.meta.kicker.empty());
    BOOST_REQUIRE(d.blocks.size() == 3u);
    BOOST_TEST((d.blocks[0].kind == BlockKind::title));
    BOOST_TEST(d.blocks[0].text == "政府工作报告");
    BOOST_TEST(d.meta.subtitle == "——2014年1月16日在宿州市第四届人民代表大会第三次会议上");
    BOOST_TEST(d.meta.byline == "市长 史 翔");
    BOOST_TEST(d.blocks[1].text == "各位代表：");
}

BOOST_AUTO_TEST_CASE(title_glued_to_its_subtitle_is_split) {
    const auto d = read_text_string("昆明市人民政府2026年《政府工作报告》\n政府工作报告——2026年2月4日在昆明市第十四届人民代表大会"
                                    "第六次会议上\n市长\n各位代表：\n" + k_para);
    BOOST_REQUIRE(!d.blocks.empty());
    BOOST_TEST(d.blocks[0].text == "政府工作报告");
    BOOST_TEST(d.meta.subtitle == "——2026年2月4日在昆明市第十四届人民代表大会第六次会议上");
    BOOST_TEST(d.meta.byline == "市长");
}

BOOST_AUTO_TEST_CASE(subtitle_without_a_dash_and_wrapped_over_two_lines) {
    auto d = read_text_string("2019年政府工作报告\n2019年1月22日在成都市第十七届人民代表大会第二次会议上\n"
                              "成都市人民政府市长 罗 强\n各位代表：\n" + k_para);
    BOOST_TEST(d.meta.subtitle == "2019年1月22日在成都市第十七届人民代表大会第二次会议上");
    BOOST_TEST(d.meta.byline == "成都市人民政府市长 罗 强");
    d = read_text_string("2023年政府工作报告\n——2023年1月6日在乌鲁木齐市第十七届人民代表大会\n第二次会议上\n"
                         "市\u00a0 长\u00a0 买买提明·卡德\n各位代表：\n" + k_para);
    BOOST_TEST(d.meta.subtitle == "——2023年1月6日在乌鲁木齐市第十七届人民代表大会第二次会议上");
    BOOST_TEST(d.meta.byline == "市\u00a0 长\u00a0 买买提明·卡德");
}

BOOST_AUTO_TEST_CASE(bylines_of_every_shape) {
    for (const char* byline : {"市长 周乃翔", "代市长严允", "市\u2002长\u2002周乃翔", "市\u3000长\u3000周乃翔", "高伟",
                               "国务院副总理兼国家计划委员会主任\u3000姚依林", "自治区主席 马启智"}) {
        const auto d = read_text_string(std::string("政府工作报告\n——2023年1月6日在市第十七届人民代表大会第二次会议上\n") +
                                        byline + "\n各位代表：\n" + k_para);
        BOOST_TEST(d.meta.byline == byline);
        BOOST_TEST(test::body_units(d).front() == "各位代表：");
    }
}

BOOST_AUTO_TEST_CASE(title_repeated_as_the_first_body_line_is_dropped_with_its_reason) {
    const auto d = read_text_string("关于做好春节期间安全生产工作的通知\n发布时间：2024-01-20\n"
                                    "关于做好春节期间安全生产工作的通知\n各镇人民政府：\n" + k_para);
    BOOST_TEST(dropped_has(d, "关于做好春节期间安全生产工作的通知", "repeated title"));
    BOOST_TEST((d.blocks.front().kind == BlockKind::addressee));
}

BOOST_AUTO_TEST_CASE(a_kicker_is_kept_not_dropped) {
    const auto d = read_text_string("凝心聚力谋发展\n全市重点项目建设推进会召开\n本报讯 5月13日，全市重点项目建设推进会召开。\n");
    BOOST_TEST(d.meta.kicker == "凝心聚力谋发展");
    BOOST_TEST(d.meta.title == "全市重点项目建设推进会召开");
    BOOST_TEST(!dropped_has(d, "凝心聚力谋发展"));
}

// ---- Headings and lists ----------------------------------------------------------------

BOOST_AUTO_TEST_CASE(unnumbered_section_titles_and_standalone_numbered_headings) {
    const auto d = read_text_string(
        "某市政府工作报告\n各位代表：\n" + k_para + "2021年工作回顾\n" + k_para +
        "（一）坚持不懈巩固脱贫成果，书写乡村振兴新篇章\n" + k_para + "（二）指导思想。\n" + k_para +
        "（三）推动经济高质量发展。加快构建现代产业体系，稳住工业基本盘。\n“十三五”时期经济社会发展回顾\n" + k_para);
    std::vector<std::string> headings;
    for (const auto& b : d.blocks) {
        if (b.kind == BlockKind::heading) {
            headings.push_back(b.text + "/" + std::to_string(b.level));
        }
    }
    const std::vector<std::string> want{"2021年工作回顾/1", "（一）坚持不懈巩固脱贫成果，书写乡村振兴新篇章/2",
                                        "（二）指导思想。/2", "“十三五”时期经济社会发展回顾/1"};
    BOOST_TEST(headings == want, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(third_level_markers_restart_and_runs_of_short_items_are_lists) {
    const auto d = read_text_string(
        "某市政府工作报告\n各位代表：\n" + k_para + "1.深化改革取得新突破\n" + k_para + "2．经济发展实现新提升\n" + k_para +
        "1、继续强化工业支撑\n" + k_para + "实施十大项目：\n1. 昭通水电硅循环经济项目\n2. 镇雄煤矿技改项目\n"
        "3. 水富港扩能项目\n" + k_para);
    int headings = 0;
    const model::Block* list = nullptr;
    for (const auto& b : d.blocks) {
        headings += b.kind == BlockKind::heading && b.level == 3 ? 1 : 0;
        list = b.kind == BlockKind::list ? &b : list;
    }
    BOOST_TEST(headings == 3);
    BOOST_REQUIRE(list != nullptr);
    BOOST_TEST(list->items.size() == 3u);
    BOOST_TEST(list->items[0].text == "1. 昭通水电硅循环经济项目");
}

BOOST_AUTO_TEST_CASE(glossary_entries_stay_body_entries) {
    const auto d = read_text_string("某市政府工作报告\n各位代表：\n" + k_para + "名词解释\n1.能耗双控：控制能源消耗总量和强度。\n"
                                    "2.三电：电力、电信、广播电视设施。\n六抓：抓投资、抓项目、抓招商。\n");
    BOOST_REQUIRE(d.blocks.size() == 6u);
    BOOST_TEST((d.blocks[2].kind == BlockKind::heading));
    for (std::size_t i = 3; i < 6; ++i) {
        BOOST_TEST((d.blocks[i].kind == BlockKind::paragraph));
    }
}

// ---- Attachments and notices -----------------------------------------------------------

BOOST_AUTO_TEST_CASE(attachment_markers_open_attachments_and_a_body_note_lists_them) {
    for (const char* marker : {"附件", "附件1", "附 件：", "附件1："}) {
        const auto d = read_text_string("关于印发某某方案的通知\n发布日期：2024-01-02\n各区人民政府：\n现将方案印发给你们，请认真执行。\n"
                                        "附件：1.某某工作方案\n2.某某任务分工\n某市人民政府\n2024年1月2日\n（此件公开发布）\n" +
                                        std::string(marker) + "\n某某工作方案\n一、总体要求\n" + k_para);
        BOOST_REQUIRE_MESSAGE(d.attachments.size() == 1u, marker);
        BOOST_TEST(d.attachments[0].marked);
        BOOST_TEST(d.attachments[0].title == "某某工作方案");
        BOOST_TEST(d.attachments[0].number == (std::string(marker).find('1') != std::string::npos ? "1" : ""));
        BOOST_TEST((d.attachments[0].blocks.at(0).kind == BlockKind::heading));
        const auto& note = d.blocks.at(2);
        BOOST_TEST((note.kind == BlockKind::attachment_note));
        BOOST_TEST(note.text == "附件：1.某某工作方案");
        BOOST_TEST(note.items.size() == 1u);
    }
}

BOOST_AUTO_TEST_CASE(a_notice_has_addressee_signature_note_and_the_document_it_issues) {
    const auto d = read_text_string(
        "国务院办公厅关于印发《政府网站集约化试点工作方案》的通知\n"
        "发文机关： 国务院办公厅 成文日期： 2018年10月27日 发文字号： 国办函〔2018〕71号 发布日期： 2018年11月09日\n"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n《政府网站集约化试点工作方案》已经国务院领导同志同意，现印发给你们，请认真贯彻执行。\n"
        "国务院办公厅\n二○一八年十月二十七日\n（此件公开发布）\n政府网站集约化试点工作方案\n一、总体要求\n" + k_para);
    BOOST_TEST(d.meta.published == "2018-11-09");
    BOOST_TEST(d.meta.issuer == "国务院办公厅");
    BOOST_TEST(d.meta.doc_number == "国办函〔2018〕71号");
    BOOST_REQUIRE(d.blocks.size() == 4u);
    BOOST_TEST((d.blocks[0].kind == BlockKind::addressee));
    BOOST_TEST((d.blocks[2].kind == BlockKind::signature));
    BOOST_TEST(d.blocks[2].text == "国务院办公厅");
    BOOST_TEST(d.blocks[2].date == "2018-10-27");
    BOOST_TEST((d.blocks[3].kind == BlockKind::note));
    BOOST_REQUIRE(d.attachments.size() == 1u);
    BOOST_TEST(!d.attachments[0].marked);
    BOOST_TEST(d.attachments[0].title == "政府网站集约化试点工作方案");
}

// ---- Traditional Chinese ---------------------------------------------------------------

BOOST_AUTO_TEST_CASE(traditional_page_with_roc_dates_and_browser_notices) {
    const auto d = read_text_string(
        "We Are apologized that your browser does not support JavaScript. If some webpage functions are not working properly, please enable JavaScript.\n"
        "跳到主要內容區塊\n友善列印 :\n字級設定 :\nIE6請利用鍵盤按住ALT鍵 + V → X → (G)最大(L)較大(M)中\n"
        "行政院召開第三次院會討論預算案\n:::\n日期:98-01-15    資料來源:資訊處\n"
        "行政院今日召開院會，院長主持會議，討論明年度總預算案與相關法案，並聽取各部會報告。\n回頂端\n");
    BOOST_TEST(d.meta.lang == "zh-TW");
    BOOST_TEST(d.meta.title == "行政院召開第三次院會討論預算案");
    BOOST_TEST(d.meta.published == "2009-01-15");
    BOOST_TEST(d.meta.source == "資訊處");
    BOOST_TEST(test::body_units(d).size() == 1u);
    BOOST_TEST(dropped_has(d, ":::"));
    BOOST_TEST(dropped_has(d, "browser"));
    const auto e = read_text_string("臺北市政府公告\n發布日期：民國98年1月15日\n本府公告事項如下，請各機關配合辦理。\n");
    BOOST_TEST(e.meta.published == "2009-01-15");
}

// ---- Furniture of sites with no word list ----------------------------------------------

BOOST_AUTO_TEST_CASE(long_navigation_share_bars_downloads_and_switches) {
    std::string page = "切換到繁體\n无障碍浏览\n";
    for (int i = 0; i < 200; ++i) {
        page += "栏目" + std::to_string(i) + "\n";
    }
    page += "当前位置：首页 > 政务公开 > 政府会议\n区政府召开第十次常务会议\n发布时间：2024-03-05 10:00 来源：区政府办\n"
            "微信 微博 QQ空间\n3月4日，区政府召开第十次常务会议，研究部署近期重点工作，区长主持会议并讲话。\n"
            "会议还研究了其他事项。\n附件下载\n文件下载：\n微信 微博 QQ空间\n版权所有：某区人民政府\n";
    const auto d = read_text_string(page);
    BOOST_TEST(d.meta.title == "区政府召开第十次常务会议");
    BOOST_TEST(d.meta.source == "区政府办");
    BOOST_TEST(d.meta.channel.size() == 3u);
    BOOST_TEST(test::body_units(d).size() == 2u);
    BOOST_TEST(!units_have(d, "微信"));
    BOOST_TEST(!units_have(d, "下载"));
}

BOOST_AUTO_TEST_CASE(disclosure_table_rows_go_to_meta_and_never_become_the_title) {
    const auto d = read_text_string(
        "索 引 号：\t11220000013544357T/2022-00426\n分  类：\t通告\n发文机关：\t吉林省人民政府\n"
        "成文日期：\t2022年01月27日\n标      题：\t吉林省人民政府关于禁止新增建设项目的通告\n"
        "发文字号：\t吉政明电〔2022〕1号\n发布日期：\t2022年01月28日\n吉林省人民政府关于禁止\n新增建设项目的通告\n"
        "为做好工程建设，确保工程前期建设征地实物调查工作顺利进行，特通告如下。\n");
    BOOST_TEST(d.meta.title == "吉林省人民政府关于禁止新增建设项目的通告");
    BOOST_TEST(d.meta.published == "2022-01-28");
    BOOST_TEST(d.meta.issuer == "吉林省人民政府");
    BOOST_TEST(d.meta.doc_number == "吉政明电〔2022〕1号");
    BOOST_TEST(test::body_units(d).size() == 1u);
    const auto e = read_text_string("索引号 | 公开方式 | 发布机构 |\n116223010139324488/2009-00021 | 主动公开 | 某镇人民政府 |\n"
                                    "2008年某镇政府信息公开工作年度报告\n信息来源: 某镇人民政府 发布日期: 2009-01-06\n"
                                    "根据《中华人民共和国政府信息公开条例》要求，现公布本年度报告。\n");
    BOOST_TEST(e.meta.title == "2008年某镇政府信息公开工作年度报告");
    BOOST_TEST(!units_have(e, "116223010139324488"));
}

BOOST_AUTO_TEST_SUITE_END()
