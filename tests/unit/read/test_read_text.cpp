// The web-article text reader against the shapes of docs/spec/web-article.md (section numbers
// in the test names' comments), beyond the seven labelled pages.
#include "read_test_util.hpp"

using namespace hsdoc;
using test::read_text_string;

namespace {

bool body_has(const model::Document& d, const std::string& s) {
    for (const auto& b : d.blocks) {
        if (b.text.find(s) != std::string::npos) {
            return true;
        }
    }
    return false;
}

bool dropped_has(const model::Document& d, const std::string& s) {
    for (const auto& l : d.dropped) {
        if (l.text.find(s) != std::string::npos) {
            return true;
        }
    }
    return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(read_text)

// The QR code's link comes from a URL line of the page when the XML or --url gives none.
BOOST_AUTO_TEST_CASE(a_url_line_becomes_the_page_address_not_body) {
    for (const char* line : {"原文链接：https://www.example.gov.cn/a/1.html", "https://www.example.gov.cn/a/1.html",
                             "网址: https://www.example.gov.cn/a/1.html"}) {
        const auto d = read_text_string(std::string("标题在这里召开\n发布时间：2023-01-01\n正文第一段。\n") + line + "\n");
        BOOST_TEST(d.meta.url == "https://www.example.gov.cn/a/1.html");
        BOOST_TEST(!body_has(d, "example"));
        BOOST_TEST(dropped_has(d, "example"));
    }
    // An address inside a sentence, or a javascript: link, is not a page address.
    const auto d = read_text_string("标题在这里召开\n发布时间：2023-01-01\n详见https://www.example.gov.cn/a/1.html。\njavascript:void(0)\n");
    BOOST_TEST(d.meta.url.empty());
}

// §3: separators > >> » / with or without spaces, several labels.
BOOST_AUTO_TEST_CASE(breadcrumb_shapes) {
    const std::vector<std::string> want{"首页", "新闻中心", "政务要闻"};
    for (const char* line : {"当前位置：首页 > 新闻中心 > 政务要闻", "您现在的位置：首页>>新闻中心>>政务要闻",
                             "您的位置：首页 / 新闻中心 / 政务要闻", "本页位置：首页»新闻中心»政务要闻",
                             "首页 > 新闻中心 > 政务要闻", "当前位置:首页\u00A0>\u00A0新闻中心\u00A0>\u00A0政务要闻",
                             "您当前所在的位置是：首页＞新闻中心＞政务要闻"}) {
        const auto d = read_text_string(std::string(line) + "\n标题在这里召开\n发布时间：2023-01-01\n正文第一段。\n");
        BOOST_TEST(d.meta.channel == want, boost::test_tools::per_element());
        BOOST_TEST(d.meta.title == "标题在这里召开", line);
    }
}

// §5.2/§5.3: glued fields, U+3000 separators, one field per line, widget brackets.
BOOST_AUTO_TEST_CASE(metadata_line_shapes) {
    auto d = read_text_string("标题\n2022-08-22 18:00:00来源:县融媒体中心作者:张三\n正文。\n");
    BOOST_TEST(d.meta.published == "2022-08-22T18:00:00");
    BOOST_TEST(d.meta.source == "县融媒体中心");
    BOOST_TEST(d.meta.author == "张三");

    d = read_text_string("标题\n2024年05月14日 15:59\u3000\u3000来源：市政府办\u3000\u3000【大 中 小】 【打印】【关闭】\n正文。\n");
    BOOST_TEST(d.meta.published == "2024-05-14T15:59");
    BOOST_TEST(d.meta.source == "市政府办");

    d = read_text_string("标题\n发布日期：2024-02-03\n信息来源：区政府办\n责任编辑：李四\n正文。\n");
    BOOST_TEST(d.meta.published == "2024-02-03");
    BOOST_TEST(d.meta.source == "区政府办");
    BOOST_TEST(d.meta.editor == "李四");

    d = read_text_string("标题\n来源:本站 作者:王五 发布:2019-03-08 10:20:30\n正文。\n");
    BOOST_TEST(d.meta.published == "2019-03-08T10:20:30");
    BOOST_TEST(d.meta.author == "王五");

    d = read_text_string("标题\n发布时间：2023-05-06【字体：大中小】来源：县政府办【打印本页】【关闭窗口】\n正文。\n");
    BOOST_TEST(d.meta.published == "2023-05-06");
    BOOST_TEST(d.meta.source == "县政府办");

    d = read_text_string("标题\n2023/6/1 9:05:00 次浏览 分类:政务动态 来源:\n正文。\n");
    BOOST_TEST(d.meta.published == "2023-06-01T09:05:00");
    BOOST_TEST(d.meta.source.empty());
}

// §6: Chinese dates with ○, and "today" banners are not the publication date.
BOOST_AUTO_TEST_CASE(chinese_dates_and_today_banner) {
    auto d = read_text_string("2023年03月29日 星期三\n关于印发某某办法的通知\n日期：二○一一年四月八日\n正文。\n");
    BOOST_TEST(d.meta.published == "2011-04-08");
    BOOST_TEST(d.meta.title == "关于印发某某办法的通知");
    BOOST_TEST(dropped_has(d, "星期三"));
}

// §4: a title wrapped over two lines is joined; 副题 lines go to the subtitle.
BOOST_AUTO_TEST_CASE(title_over_lines_and_subtitle) {
    auto d = read_text_string("赫山区人民政府关于加强\n安全生产工作的通知\n发布时间：2023-01-01\n正文。\n");
    BOOST_TEST(d.meta.title == "赫山区人民政府关于加强安全生产工作的通知");
    d = read_text_string("全市经济工作会议召开\n——张三主持并讲话\n发布时间：2023-01-01\n正文。\n");
    BOOST_TEST(d.meta.title == "全市经济工作会议召开");
    BOOST_TEST(d.meta.subtitle == "——张三主持并讲话");
}

// §7 and labels README "Headings": stand-alone heading lines only.
BOOST_AUTO_TEST_CASE(heading_shapes) {
    const auto d = read_text_string(
        "标题\n发布时间：2023-01-01\n第一章  总  则\n第一条 为规范工作，制定本规则。\n一、会议精神\n"
        "（一）坚持稳中求进\n(二)抓好落实\n1. 项目清单\n（1）时间节点\n（一）坚持稳中求进。深化改革。\n"
        "1.党政办负责会议场地准备部置;\n7月\n");
    std::vector<std::pair<int, std::string>> got;
    for (const auto& b : d.blocks) {
        got.emplace_back(b.kind == model::BlockKind::heading ? b.level : 0, b.text);
    }
    BOOST_REQUIRE(got.size() == 10u);
    BOOST_TEST(got[0].first == 1);  // 第一章
    BOOST_TEST(got[1].first == 0);  // 第一条 run-in
    BOOST_TEST(got[2].first == 1);  // 一、
    BOOST_TEST(got[3].first == 2);  // （一）
    BOOST_TEST(got[4].first == 2);  // (二)
    BOOST_TEST(got[4].second == "（二）抓好落实");
    BOOST_TEST(got[5].first == 3);  // 1.
    BOOST_TEST(got[6].first == 4);  // （1）
    BOOST_TEST(got[7].first == 0);  // run-in heading
    BOOST_TEST(got[8].first == 0);  // list item sentence
    BOOST_TEST(got[9].first == 1);  // 大事记 month
}

BOOST_AUTO_TEST_CASE(minutes_body_opening_with_time_and_place_is_body) {
    const auto d = read_text_string("区政府常务会议纪要\n发布时间：2023-02-05 来源：区政府办\n"
                                    "时间：2023年2月3日上午\n地点：区政府三楼会议室\n主持：张三\n出席：李四、王五\n");
    BOOST_TEST(d.meta.published == "2023-02-05");
    BOOST_REQUIRE(d.blocks.size() == 4u);
    BOOST_TEST(d.blocks[0].text == "时间：2023年2月3日上午");
}

BOOST_AUTO_TEST_CASE(attendance_lists) {
    const auto d = read_text_string("标题\n发布时间：2023-01-01\n会议研究了工作。\n出席：张三、李四\n请假:王五\n列席：区财政局\n");
    BOOST_REQUIRE(d.blocks.size() == 4u);
    BOOST_TEST((d.blocks[1].kind == model::BlockKind::attendance));
    BOOST_TEST(d.blocks[1].role == "出席");
    BOOST_TEST(d.blocks[1].text == "张三、李四");
    BOOST_TEST(d.blocks[2].role == "请假");
    BOOST_TEST(d.blocks[3].role == "列席");
}

// §8: trailing cruft, but prose that merely mentions 分享 stays.
BOOST_AUTO_TEST_CASE(trailing_cruft_is_cut_but_prose_kept) {
    const auto d = read_text_string(
        "标题\n发布时间：2023-01-01\n分享到了改革的成果，大家很高兴\n会议还研究了其他事项。\n"
        "打印复印服务由区机关事务中心统一承担\n【打印本页】【关闭窗口】\n上一篇：某某\n下一篇：某某\n版权所有：某某县人民政府\n");
    BOOST_TEST(d.blocks.size() == 3u);
    BOOST_TEST(body_has(d, "分享到了改革的成果"));
    BOOST_TEST(body_has(d, "打印复印服务"));
    BOOST_TEST(dropped_has(d, "上一篇"));
}

BOOST_AUTO_TEST_CASE(credits_captions_and_image_names_are_dropped) {
    const auto d = read_text_string(
        "标题\n发布时间：2023-01-01\n会议现场.jpg\n第一段。\n图为会议现场 记者 王平安 摄\n"
        "会议还研究了其他事项。（县政府办供稿）\n（编辑：赵六 责编：钱七）\n");
    BOOST_TEST(d.blocks.size() == 2u);
    BOOST_TEST(d.blocks.back().text == "会议还研究了其他事项。");
    BOOST_TEST(d.meta.editor == "钱七");
    BOOST_TEST(d.meta.credits.size() == 2u);
    BOOST_TEST(dropped_has(d, "会议现场.jpg"));
}

BOOST_AUTO_TEST_CASE(site_chrome_before_the_article) {
    const auto d = read_text_string(
        "admin\n首     页 政 务 公 开 网 上 办 事 互 动 交 流\n设为首页 | 加入收藏\n"
        "当前位置：首页 > 政务公开\n区政府召开常务会议\n发布时间：2023-01-01 来源：区政府办\n会议要求。\n");
    BOOST_TEST(d.meta.title == "区政府召开常务会议");
    BOOST_TEST(d.blocks.size() == 1u);
    BOOST_TEST(!body_has(d, "设为首页"));
}

BOOST_AUTO_TEST_CASE(minutes_header_and_document_number_are_not_body) {
    auto d = read_text_string("区政府常务会议纪要\n发布时间：2023-02-05\n第5期\n区政府办公室    2023年2月5日\n会议纪要如下。\n");
    BOOST_TEST(d.meta.doc_number == "第5期");
    BOOST_TEST(d.meta.issuer == "区政府办公室");
    BOOST_TEST(d.blocks.size() == 1u);
    d = read_text_string("关于印发某某规则的通知\n发布时间：2023-02-05\n赫政发〔2023〕5号\n各乡镇：\n");
    BOOST_TEST(d.meta.doc_number == "赫政发〔2023〕5号");
    BOOST_TEST(d.blocks.size() == 1u);
}

BOOST_AUTO_TEST_CASE(repeated_title_in_body_is_dropped) {
    const auto d = read_text_string("某某县人民政府工作规则\n发布时间：2023-02-05\n某某县人民政府\n工作规则\n第一章 总则\n");
    BOOST_TEST(d.blocks.size() == 1u);
    BOOST_TEST(d.blocks[0].text == "第一章 总则");
}

BOOST_AUTO_TEST_CASE(page_without_anything_but_text_is_all_body) {
    const auto d = read_text_string("这是一段正文，没有标题。\n第二段。\n");
    BOOST_TEST(d.meta.title.empty());
    BOOST_TEST(d.blocks.size() == 2u);
}

BOOST_AUTO_TEST_CASE(title_falls_back_to_the_file_name_with_a_warning) {
    std::vector<Error> warnings;
    const auto d = read::read_document("这是一段正文，没有标题。\n", "dir/notice.txt", &warnings);
    BOOST_TEST(d.meta.title == "notice");
    BOOST_TEST(warnings.size() == 1u);
}

// Labels README 021: the breadcrumb's last crumb is the only copy of the title.
BOOST_AUTO_TEST_CASE(title_from_the_last_crumb) {
    const auto d = read_text_string(
        "当前位置：首页 > 政务公开 > 区政府召开第十次常务会议研究部署重点工作\n"
        "发布时间：2023-02-05 10:00 来源：\n2月3日，区长主持召开会议。\n会议还研究了其他事项。（区政府办）\n");
    BOOST_TEST(d.meta.title == "区政府召开第十次常务会议研究部署重点工作");
    BOOST_TEST(d.meta.source.empty());
    BOOST_TEST(d.blocks.back().text == "会议还研究了其他事项。");
    BOOST_TEST(d.meta.credits.at(0) == "（区政府办）");
}

// Labels README 025: title from the disclosure table, the table's 生成日期 as published,
// the wrapped repeat of the title dropped from the body.
BOOST_AUTO_TEST_CASE(disclosure_table_before_the_title) {
    const auto d = read_text_string(
        "索 引 号：\t11430903MB1234567X/2023-00012\t主题分类：\t综合政务\n"
        "发布机构：\t赫山区人民政府办公室\t生成日期：\t2023-03-15\n"
        "文件名称：\t赫山区人民政府工作规则\n文　　号：\t赫政发〔2023〕5号\n"
        "赫山区人民政府\n工作规则\n第一章  总  则\n第一条 为规范工作，制定本规则。\n");
    BOOST_TEST(d.meta.title == "赫山区人民政府工作规则");
    BOOST_TEST(d.meta.published == "2023-03-15");
    BOOST_TEST(d.meta.doc_number == "赫政发〔2023〕5号");
    BOOST_REQUIRE(d.blocks.size() == 2u);
    BOOST_TEST(d.blocks[0].text == "第一章  总  则");
}

// Labels README 029/038: e-paper headers, byline and the display headline are not body.
BOOST_AUTO_TEST_CASE(news_page_headline_block_and_byline) {
    const auto d = read_text_string(
        "第A02版：要闻\n2024年5月14日 星期二\n凝心聚力谋发展\n全市重点项目建设推进会召开\n"
        "■本报记者 李明 王芳\n本报讯 5月13日，全市重点项目建设推进会召开。\n会议要求，各地要加快项目建设。\n");
    BOOST_TEST(d.meta.title == "全市重点项目建设推进会召开");
    BOOST_TEST(d.meta.published.empty());
    BOOST_REQUIRE(d.blocks.size() == 2u);
    BOOST_TEST(d.blocks[0].text.rfind("本报讯", 0) == 0u);
}

// Labels README 034: a 引题 line is not part of the title; 副题 goes to the subtitle.
BOOST_AUTO_TEST_CASE(kicker_is_not_part_of_the_title) {
    const auto d = read_text_string(
        "坚持实干为先 推动高质量发展\n市政府召开全市经济工作会议\n张三主持并讲话  李四出席\n"
        "2024-01-10 09:30:15    来源：市政府办公室    作者：王五 赵六    浏览次数：1234\n正文。\n");
    BOOST_TEST(d.meta.title == "市政府召开全市经济工作会议");
    BOOST_TEST(d.meta.subtitle == "张三主持并讲话  李四出席");
    BOOST_TEST(d.meta.author == "王五 赵六");
    BOOST_TEST(d.meta.published == "2024-01-10T09:30:15");
}

// zb.gov.cn-style disclosure list: bulleted labels with the value on the next line; an
// empty 来源 stays empty; 发布日期 wins over 发文日期 (labels README).
BOOST_AUTO_TEST_CASE(bulleted_labels_with_values_on_the_next_line) {
    const auto d = read_text_string(
        "返回顶部\n镇巴县人民政府工作规则\n  • 索引号:\n    6107280000/2024-001005\n  • 主题分类:\n"
        "  • 来源:\n  • 发文机构:\n    县政府网站\n  • 发文字号:\n    镇政发〔2024〕7号\n"
        "  • 发文日期:\n    2024年04月06日 16:40\n  • 有效性:\n  • 发布日期:\n    2024年04月06日 16:34\n"
        "  • 内容概述:\n镇巴县人民政府工作规则\n第一章总则\n一、根据宪法，制定本规则。\n");
    BOOST_TEST(d.meta.title == "镇巴县人民政府工作规则");
    BOOST_TEST(d.meta.published == "2024-04-06T16:34");
    BOOST_TEST(d.meta.source.empty());
    BOOST_TEST(d.meta.doc_number == "镇政发〔2024〕7号");
    BOOST_REQUIRE(d.blocks.size() == 2u);
    BOOST_TEST(d.blocks[0].text == "第一章总则");
    BOOST_TEST((d.blocks[0].kind == model::BlockKind::heading));
}

// qqhr: portal link row, letter-spaced nav, a disclosure table without colons whose 名称
// is the title, then the repeated title, 信息来源 and the 文号 above the text.
BOOST_AUTO_TEST_CASE(letter_spaced_table_without_colons) {
    const auto d = read_text_string(
        "中国政府网 黑龙江省政府网 English Русская версия 市人大 市政协 市纪委监委\n"
        "首     页 政 务 公 开 网 上 办 事 互 动 交 流 走 进 鹤 城\n"
        "索   引   号 20191202-189769 分        类 其他; 市人民政府办公室;\n"
        "发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29\n"
        "名        称 市政府办公室关于印发某某细则的通知\n"
        "文        号 齐政办发〔2019〕29号   上 载 日 期 2019-12-02\n"
        "市政府办公室关于印发某某细则的通知\n信息来源: 市人民政府办公室\n齐政办发〔2019〕29号\n"
        "各县(市)、区人民政府:\n  现将某某细则印发给你们,请认真遵照执行。\n");
    BOOST_TEST(d.meta.title == "市政府办公室关于印发某某细则的通知");
    BOOST_TEST(d.meta.published == "2019-11-29");
    BOOST_TEST(d.meta.source == "市人民政府办公室");
    BOOST_TEST(d.meta.doc_number == "齐政办发〔2019〕29号");
    BOOST_REQUIRE(d.blocks.size() == 2u);
    BOOST_TEST(d.blocks[0].text == "各县（市）、区人民政府：");
}

// A call for comments lists 邮编/电子邮箱 as content; footer words cut only at the end.
BOOST_AUTO_TEST_CASE(contact_lines_inside_the_body_are_kept) {
    const auto d = read_text_string(
        "关于某某条例草案公开征求意见的公告\n发布时间:2018-11-12 17:25:15\n现将草案向社会公开征求意见。\n"
        "邮    编:361018\n电子邮箱:fazhiwei@example.gov.cn\n市人大常委会办公厅\n2018年11月12日\n"
        "某某条例\n第一章 总则\n网站地图\n邮编:361000\n");
    BOOST_TEST(test::body_units(d).size() == 7u);
    BOOST_TEST((d.blocks.at(3).kind == model::BlockKind::signature));
    BOOST_TEST(dropped_has(d, "邮编:361000"));
}

// §5.2: a source name before the date-time, no labels; a photo-news paragraph keeps its
// text and gives up the photographer's credit.
BOOST_AUTO_TEST_CASE(unlabelled_source_and_date_line_and_photo_news) {
    const auto d = read_text_string(
        "巢湖洗耳池公园清淤\n安徽日报 2015-06-17 16:57 大字\n"
        "6月14日,施工机械在巢湖市洗耳池公园清淤。此次清淤后将安装雨水旋流分离设施。 徐振华 摄\n"
        "新闻推荐\n多措并举做好夏粮收购工作\n");
    BOOST_TEST(d.meta.title == "巢湖洗耳池公园清淤");
    BOOST_TEST(d.meta.published == "2015-06-17T16:57");
    BOOST_REQUIRE(d.blocks.size() == 1u);
    BOOST_TEST(d.blocks[0].text == "6月14日，施工机械在巢湖市洗耳池公园清淤。此次清淤后将安装雨水旋流分离设施。");
    BOOST_TEST(d.meta.credits.at(0) == "徐振华 摄");
}

// qhdhgq: a column menu before the breadcrumb is chrome, not the title.
BOOST_AUTO_TEST_CASE(column_menu_before_the_breadcrumb) {
    const auto d = read_text_string(
        "政务公开\n政府动态\n当前位置:首页>政府动态\n区政府各部门积极参加清雪活动\n"
        "2010/1/6 16:43:13 次浏览 分类:政府动态    来源:\n    13日,一场瑞雪给港城披上银装。\n友情链接:\n");
    BOOST_TEST(d.meta.title == "区政府各部门积极参加清雪活动");
    BOOST_TEST(d.meta.published == "2010-01-06T16:43:13");
    BOOST_TEST(d.blocks.size() == 1u);
}

// §4 (jnsw): the title first, then a line of topics and a line of who presided: 副题.
BOOST_AUTO_TEST_CASE(title_then_two_subtitle_lines_and_one_field_per_line) {
    const auto d = read_text_string(
        "2023年03月29日 星期三\n首页 > 新闻中心 > 图片新闻\n全市一季度重点工作推进会召开\n"
        "研究部署经济运行、项目建设、安全生产等工作\n王强主持并讲话 李华出席\n"
        "发布日期:2023-03-28 17:45\n信息来源:市政府办公室\n浏览次数:\n"
        "3月28日,全市一季度重点工作推进会召开。\n(市政府办)\n");
    BOOST_TEST(d.meta.title == "全市一季度重点工作推进会召开");
    BOOST_TEST(d.meta.subtitle == "研究部署经济运行、项目建设、安全生产等工作 王强主持并讲话 李华出席");
    BOOST_TEST(d.meta.published == "2023-03-28T17:45");
    BOOST_TEST(d.meta.source == "市政府办公室");
    BOOST_TEST(d.blocks.size() == 1u);
}

// A bar-separated channel menu, a doubled colon after the breadcrumb label, and bylines
// between the date-time and the labels of the metadata line.
BOOST_AUTO_TEST_CASE(bar_menu_and_bylines_before_labels) {
    const auto d = read_text_string(
        "直通屏山|福建|時評|大學城|臺海|娛樂|體育|國內|國際\n您所在的位置:: 東南網 > 首頁 > 福建記協 > 正文\n"
        "中央國家機關和地方新聞發言人名錄發布\n2020-02-05 10:21:37 許雯 鄧琦 來源:新京報  責任編輯:林晨\n"
        "昨日,國務院新聞辦公室發布名錄。\n");
    BOOST_TEST(d.meta.title == "中央國家機關和地方新聞發言人名錄發布");
    BOOST_TEST(d.meta.published == "2020-02-05T10:21:37");
    BOOST_TEST(d.meta.source == "新京報");
    BOOST_TEST(d.meta.editor == "林晨");
    BOOST_TEST(d.meta.channel.front() == "東南網");
    BOOST_TEST(d.blocks.size() == 1u);
}

// Traditional page: 時間 label with bars, 您當前所在位置, a QR/公众号 block after the
// metadata, an unlabelled date-time among the fields, the title repeated under a 引题.
BOOST_AUTO_TEST_CASE(traditional_page_with_bars_and_qr_block) {
    auto d = read_text_string(
        "駐馬店融媒宣傳下載\n您當前所在位置:駐馬店廣視網>熱點> 正文\n分 享 至 手 機\n"
        "兩會閉幕,全國人大常設機關日常如何“開會”?\n時間:2021-03-12 09:08:36|來源:中國新聞網|點擊量:22240\n"
        "中新社北京3月11日電 (記者 邢翀)2021年全國人代會11日閉幕。\n");
    BOOST_TEST(d.meta.published == "2021-03-12T09:08:36");
    BOOST_TEST(d.meta.source == "中國新聞網");
    BOOST_TEST(d.meta.channel.front() == "駐馬店廣視網");
    BOOST_TEST(d.blocks.size() == 1u);
    d = read_text_string(
        "湖南人大網>文獻資料>文獻資料>正文\n全國人大常委會的組織制度和議事規則\n"
        "來源:全國人大 作者: 編輯:redcloud 2023-05-09 17:03:07\n湖南人大微信\n公眾號二維碼\n—分享—\n"
        "十四屆全國人大常委會履職學習專題講座第二講\n全國人大常委會的組織制度和議事規則\n"
        "委員長、各位副委員長:\n黨的二十大報告強調,必須堅定不移走中國特色社會主義政治發展道路。\n");
    BOOST_TEST(d.meta.published == "2023-05-09T17:03:07");
    BOOST_TEST(d.meta.editor == "redcloud");
    BOOST_TEST(d.meta.author.empty());
    BOOST_REQUIRE(d.blocks.size() == 2u);
    BOOST_TEST(d.blocks[0].text == "委員長、各位副委員長：");
}

BOOST_AUTO_TEST_CASE(bylines_and_unit_credits) {
    const auto d = read_text_string(
        "□記者 趙霞 報道\n德州新聞網訊 5月6日,縣政府第三次常務會議召開。\n會議聽取了匯報。\n(天水在線編輯:馬文潔) |\n");
    BOOST_TEST(d.blocks.size() == 2u);
    BOOST_TEST(d.meta.editor == "馬文潔");
    BOOST_TEST(d.meta.credits.size() == 2u);
}

BOOST_AUTO_TEST_CASE(photo_block_with_two_caption_lines) {
    const auto d = read_text_string(
        "区政协召开五届四次主席会议\n发布时间:2012-03-07\n3月6日下午，区政协召开主席会议。\n"
        "会议现场\n王美新主席主持会议\n会议还研究了其他事项。\n");
    BOOST_TEST(d.blocks.size() == 2u);
    BOOST_TEST(dropped_has(d, "王美新主席主持会议"));
}

// Labels README 036: Traditional characters, ROC year, 回頂端.
BOOST_AUTO_TEST_CASE(traditional_page_with_roc_date) {
    const auto d = read_text_string(
        "本院新聞\n臺北高等行政法院召開98年度業務檢討會議\n發布日期：98年5月12日　　資料來源：本院\n"
        "本院於5月11日召開業務檢討會議,院長主持。\n回頂端\n");
    BOOST_TEST(d.meta.title == "臺北高等行政法院召開98年度業務檢討會議");
    BOOST_TEST(d.meta.published == "2009-05-12");
    BOOST_TEST(d.meta.source == "本院");
    BOOST_TEST(d.blocks.size() == 1u);
    BOOST_TEST(d.meta.channel.empty());
}

BOOST_AUTO_TEST_CASE(short_title_with_a_subtitle_is_not_a_site_name) {
    const auto d = read_text_string("政府工作报告\n——2023年1月5日在区第十八届人民代表大会第三次会议上\n"
                                    "发布时间：2023-01-06\n各位代表：\n");
    BOOST_TEST(d.meta.title == "政府工作报告");
    BOOST_TEST(d.meta.subtitle == "——2023年1月5日在区第十八届人民代表大会第三次会议上");
}

// 题注 under a report's title: subtitle, not body (labels README 025).
BOOST_AUTO_TEST_CASE(report_caption_lines_go_to_the_subtitle) {
    const auto d = read_text_string(
        "2023年政府工作报告\n——2023年1月5日在区第十八届人民代表大会第三次会议上\n代区长  张三\n"
        "各位代表：\n现在，我代表区人民政府，向大会报告工作。\n");
    BOOST_TEST(d.meta.title == "2023年政府工作报告");
    BOOST_TEST(d.blocks.size() == 2u);
    BOOST_TEST(!d.meta.subtitle.empty());
}

// The reader never crashes or throws anything but hsdoc::Error, whatever the bytes
// (a cheap stand-in for the fuzz target until tests/fuzz exists).
BOOST_AUTO_TEST_CASE(arbitrary_bytes_never_crash) {
    const std::string seed =
        test::read_file(test::source_dir() / "inputs/000_d03afc9d16656354.txt");
    const std::string xml =
        test::read_file(test::source_dir() / "inputs/minutes-example.xml");
    unsigned state = 12345;
    auto next = [&] {
        state = state * 1103515245u + 12345u;
        return (state >> 16) & 0x7FFF;
    };
    for (int round = 0; round < 300; ++round) {
        std::string s = (round % 2 ? seed : xml);
        s = s.substr(0, next() % (s.size() + 1));
        for (int k = 0; k < 5; ++k) {
            if (!s.empty()) {
                s[next() % s.size()] = static_cast<char>(next() & 0xFF);
            }
        }
        try {
            const auto d = read::read_document(s, "fuzz.txt");
            BOOST_TEST(!d.meta.title.empty());
            (void)read::write_xml(d);
        } catch (const Error&) {
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
