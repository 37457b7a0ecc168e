// The words and labels of the page reader (page_tables.hpp). Sources for each list are the
// sections of docs/spec/web-article.md named above it.
#include "read/page_tables.hpp"

namespace hsdoc::read::page {

// §5.1, with the Traditional forms met on Taiwan and Hong Kong pages.
const std::vector<Label> k_labels = {
    Label{U"發文機關", Field::issuer}, Label{U"發文單位", Field::issuer},
    Label{U"发文单位", Field::issuer}, Label{U"成文時間", Field::published_low},
    Label{U"内容更新时间", Field::published}, Label{U"发布时间", Field::published},
    Label{U"发布日期", Field::published}, Label{U"公开日期", Field::published},
    Label{U"公布时间", Field::published}, Label{U"公布日期", Field::published},
    Label{U"刊发日期", Field::published}, Label{U"刊发时间", Field::published},
    Label{U"信息时间", Field::published}, Label{U"发表时间", Field::published},
    Label{U"發布時間", Field::published}, Label{U"發布日期", Field::published},
    Label{U"發佈時間", Field::published}, Label{U"發佈日期", Field::published},
    Label{U"發表時間", Field::published}, Label{U"發表日期", Field::published},
    Label{U"公告日期", Field::published}, Label{U"上稿時間", Field::published},
    Label{U"更新時間", Field::published}, Label{U"發文日期", Field::published_low},
    Label{U"消息來源", Field::source}, Label{U"點閱次數", Field::counter},
    Label{U"瀏覽次數", Field::counter}, Label{U"瀏覽人次", Field::counter},
    Label{U"點閱數", Field::counter}, Label{U"點閱", Field::counter},
    Label{U"責編", Field::editor_short}, Label{U"時間", Field::published},
    Label{U"發表於", Field::published}, Label{U"发表于", Field::published},
    Label{U"更新时间", Field::published}, Label{U"录入时间", Field::published},
    Label{U"上载日期", Field::published_low}, Label{U"生成日期", Field::published_low},
    Label{U"发文日期", Field::published_low}, Label{U"成文日期", Field::published_low},
    Label{U"归档时间", Field::published_low}, Label{U"编辑时间", Field::ignored},
    Label{U"提交时间", Field::ignored}, Label{U"生效时间", Field::ignored},
    Label{U"废止时间", Field::ignored}, Label{U"生效日期", Field::ignored},
    Label{U"印发日期", Field::ignored}, Label{U"实施日期", Field::ignored},
    Label{U"施行日期", Field::ignored}, Label{U"废止日期", Field::ignored},
    Label{U"截止日期", Field::ignored}, Label{U"会议时间", Field::ignored},
    Label{U"开始时间", Field::ignored}, Label{U"结束时间", Field::ignored},
    Label{U"办理时间", Field::ignored}, Label{U"回复时间", Field::ignored},
    Label{U"日期", Field::published}, Label{U"时间", Field::published},
    Label{U"發布", Field::published}, Label{U"信息来源", Field::source},
    Label{U"文章来源", Field::source}, Label{U"稿件来源", Field::source},
    Label{U"資料來源", Field::source}, Label{U"来源", Field::source},
    Label{U"來源", Field::source}, Label{U"作者", Field::author},
    Label{U"責任編輯", Field::editor_chief}, Label{U"责任编辑", Field::editor_chief},
    Label{U"初审编辑", Field::ignored}, Label{U"审核编辑", Field::ignored},
    Label{U"编审", Field::ignored}, Label{U"监制", Field::ignored},
    Label{U"初审", Field::ignored}, Label{U"复审", Field::ignored},
    Label{U"终审", Field::ignored}, Label{U"责编", Field::editor_short},
    Label{U"编辑", Field::editor}, Label{U"編輯", Field::editor},
    Label{U"发文字号", Field::doc_number}, Label{U"文号", Field::doc_number},
    Label{U"文件编号", Field::doc_number}, Label{U"文件名称", Field::title},
    Label{U"标题", Field::title}, Label{U"浏览次数", Field::counter},
    Label{U"阅读次数", Field::counter}, Label{U"点击次数", Field::counter},
    Label{U"访问人数", Field::counter}, Label{U"浏览量", Field::counter},
    Label{U"访问量", Field::counter}, Label{U"阅读量", Field::counter},
    Label{U"点击数", Field::counter}, Label{U"点击率", Field::counter},
    Label{U"点击量", Field::counter}, Label{U"浏览", Field::counter},
    Label{U"阅读", Field::counter}, Label{U"点击", Field::counter},
    Label{U"瀏覽", Field::counter}, Label{U"字体大小", Field::widget},
    Label{U"文章字号", Field::widget}, Label{U"视力保护色", Field::widget},
    Label{U"字体", Field::widget}, Label{U"字号", Field::widget},
    Label{U"分享至", Field::widget}, Label{U"分享到", Field::widget},
    Label{U"索引号", Field::ignored}, Label{U"主题分类", Field::ignored},
    Label{U"组配分类", Field::ignored}, Label{U"信息分类", Field::ignored},
    Label{U"体裁分类", Field::ignored}, Label{U"服务对象分类", Field::ignored},
    Label{U"分类", Field::ignored}, Label{U"发布机构", Field::ignored},
    Label{U"发文机构", Field::issuer}, Label{U"发文机关", Field::issuer},
    Label{U"发布单位", Field::ignored}, Label{U"发布部门", Field::ignored},
    Label{U"公开责任部门", Field::ignored}, Label{U"有效性", Field::ignored},
    Label{U"关键词", Field::ignored}, Label{U"主题词", Field::ignored},
    Label{U"内容概述", Field::ignored}, Label{U"公开方式", Field::ignored},
    Label{U"公开范围", Field::ignored}, Label{U"公开时限", Field::ignored},
    Label{U"所属机构", Field::ignored}, Label{U"统一编号", Field::ignored},
    Label{U"审核人", Field::ignored}, Label{U"审核", Field::ignored},
    Label{U"撰稿", Field::ignored}, Label{U"摄影", Field::ignored},
    Label{U"通讯员", Field::ignored}, Label{U"图文", Field::ignored},
    Label{U"名称", Field::title}, Label{U"责任部门", Field::ignored},
    Label{U"責任部門", Field::ignored}, Label{U"發佈單位", Field::ignored},
    Label{U"刊登日期", Field::published}, Label{U"公報編號", Field::ignored},
    Label{U"版數", Field::ignored}, Label{U"版数", Field::ignored},
    Label{U"发布", Field::published},
};

const Words k_labels_not_opening_rows = {U"时间", U"日期", U"作者", U"编辑", U"发布",
                                         U"發布", U"审核", U"图文"};

const Words k_url_labels = {U"原文链接", U"原文地址", U"原文网址", U"本文链接", U"文章链接",
                            U"文章地址", U"页面地址", U"来源网址", U"网址", U"链接",
                            U"URL",      U"url",      U"Link",     U"link"};

// §3.
const Words k_breadcrumb_labels = {
    U"当前位置", U"您现在所在的位置", U"您现在的位置", U"您当前所在的位置", U"您当前的位置",
    U"您的位置", U"本页位置", U"本頁位置", U"所在位置", U"当前页面", U"现在位置", U"目前位置",
    U"您所在的位置", U"你的位置", U"你现在的位置", U"当前位置是", U"您当前所在位置",
    U"當前位置", U"您當前所在位置", U"您當前所在的位置", U"您當前的位置", U"您現在的位置",
    U"您現在所在的位置", U"現在位置", U"您所在位置", U"您的當前位置", U"目前位置"};

// §2.
const Words k_chrome_words = {
    U"繁体版", U"简体版", U"繁體版", U"簡體版", U"無障礙", U"无障碍", U"长辈版", U"长者模式",
    U"无障碍浏览", U"無障礙瀏覽", U"是否打开信息无障碍浏览", U"设为首页", U"加入收藏", U"登录",
    U"注册", U"返回顶部", U"English", U"ENGLISH", U"智能推荐", U"admin", U"手机版", U"关怀版",
    U"适老化", U"简体", U"繁体", U"繁體", U"簡體", U"切换到繁体", U"切換到繁體", U"切换到简体",
    U"切換到簡體", U"工作邮箱", U"邮箱", U"搜索", U"站内搜索", U"高级搜索", U"网站支持IPv6",
    U"IPv6", U"政府信息公开政务服务互动交流", U"微信", U"微博", U"|", U"打印", U"关闭", U"收藏",
    U"Top", U"TOP", U":::", U"網站導覽", U"网站导航", U"回首頁", U"回首页", U"首页", U"首頁",
    U"移动版", U"行動版", U"RSS", U"FAQ", U"读屏", U"读屏专用", U"语音朗读", U"放大镜",
    U"无障碍服务", U"已收藏", U"长者浏览", U"长者版", U"蒙古文版", U"藏文版", U"维文版",
    U"详细信息", U"公开具体内容", U"基本信息", U"正文内容"};

const Words k_chrome_prefixes = {U"乡镇(街道)分站", U"乡镇街道分站", U"跳到主要內容", U"跳到主要内容",
                                 U"跳至主要內容", U"跳至主要内容", U"跳過導覽", U"跳过导航",
                                 U"您的瀏覽器", U"您的浏览器", U"本网站支持", U"建议使用"};

const Words k_chrome_mentions = {U"JavaScript", U"Javascript", U"javascript", U"Ctrl+", U"ALT+", U"Alt+",
                                 U"IE6", U"IE7", U"IE8", U"IE9", U"Firefox", U"瀏覽器", U"浏览器",
                                 U"鍵盤", U"键盘", U"browser", U"Browser", U"分辨率"};

const Words k_site_name_words = {U"网", U"網", U"在线", U"新闻", U"政府", U"今日", U"门户", U"日报",
                                 U"晚报", U"电视", U"广播", U"融媒", U"发布", U"之窗", U"之声"};

// §5.3, §8 "font size", "print/close", "share".
const Words k_widget_prefixes = {U"字体大小", U"文章字号", U"视力保护色", U"放大字体", U"缩小字体",
                                 U"打印本页", U"打印此页", U"打印此文", U"打印页面", U"关闭窗口",
                                 U"关闭本页", U"关闭页面", U"大中小", U"小中大", U"小|中|大",
                                 U"我要纠错", U"分享:", U"附件下载", U"文件下载", U"下载附件",
                                 U"相关附件下载", U"字級", U"字级", U"友善列印", U"字級設定",
                                U"字级设定", U"附件下載", U"檔案下載"};
const Words k_widget_short = {U"字体", U"字号", U"打印", U"关闭", U"收藏", U"默认", U"保存", U"Aa",
                              U"纠错"};
const Words k_widget_exact = {U"】", U"分享", U"分享至手机", U"分享至手機", U"分享到", U"分享至"};

const Words k_share_words = {U"分享到", U"分享至", U"分享", U"微信", U"微博", U"新浪微博", U"腾讯微博",
                             U"QQ空间", U"QQ好友", U"QQ", U"朋友圈", U"人人网", U"豆瓣", U"更多",
                             U"Facebook", U"Twitter", U"Line", U"Plurk", U"LINE", U"Email",
                             U"列印", U"友善列印", U"轉寄", U"转发", U"复制链接", U"复制网址"};

// §4, labels README 034.
const Words k_headline_words = {U"会", U"召开", U"举行", U"关于", U"通知", U"公告", U"意见",
                                U"办法", U"方案", U"决定", U"报告", U"纪要", U"调研", U"检查",
                                U"视察", U"部署", U"主持", U"印发", U"启动", U"举办", U"开幕", U"闭幕",
                                U"签约", U"会见", U"座谈", U"考察", U"出台", U"发布", U"开展", U"表彰",
                                U"揭牌", U"开工", U"竣工", U"會", U"舉行", U"關於", U"啟動", U"舉辦"};

const Words k_dangling_ends = {U"关于", U"的", U"和", U"与", U"及", U"暨", U"在", U"对", U"为",
                               U"、", U"《", U"“", U"(", U"进一步", U"加强", U"做好"};

const Words k_document_kinds = {U"通知", U"意见", U"办法", U"规定", U"规则", U"方案", U"决定",
                                U"公告", U"通告", U"通报", U"纪要", U"细则", U"条例", U"规划",
                                U"计划", U"要点", U"批复", U"函", U"制度", U"章程", U"规程",
                                U"准则", U"指南", U"目录", U"清单", U"报告", U"(试行)", U"(暂行)",
                                U"(草案)", U"(修订)", U"(征求意见稿)", U"决议", U"命令", U"公报",
                                U"议案", U"名单", U"一览表", U"汇总表", U"统计表", U"预案"};

const Words k_speaker_offices = {
    U"市人民政府市长", U"人民政府市长", U"人民政府区长", U"人民政府县长", U"人民政府省长",
    U"代理市长", U"代市长", U"代区长", U"代县长", U"代省长", U"代州长", U"代旗长", U"代盟长",
    U"副市长", U"副区长", U"副县长", U"副省长", U"常务副市长", U"市长", U"区长", U"县长",
    U"省长", U"州长", U"旗长", U"盟长", U"主席", U"主任", U"书记", U"院长", U"检察长", U"部长",
    U"厅长", U"局长", U"市長", U"區長", U"縣長", U"主任委员", U"秘书长", U"新闻发言人", U"发言人"};

// §7, labels README.
const Words k_attendance_roles = {U"出席", U"请假", U"列席", U"参加人员", U"参会人员", U"出席人员",
                                  U"列席人员", U"请假人员"};

const Words k_notes = {U"(此件公开发布)", U"(此件主动公开)", U"(此件依申请公开)", U"(此件不公开)",
                       U"(此件不予公开)", U"(此件删减后公开)", U"(此页无正文)"};

const Words k_glossary_titles = {U"名词解释", U"名词注释", U"名词解读", U"名词释义", U"名词说明",
                                 U"词语解释", U"词语注释", U"用语说明", U"用语解释", U"术语解释",
                                 U"名词术语", U"名詞解釋"};

const Words k_organ_ends = {U"人民政府", U"办公厅", U"办公室", U"委员会", U"政府", U"人大常委会",
                            U"常委会", U"党委", U"党组", U"委", U"办", U"局", U"厅", U"部",
                            U"署", U"院", U"会", U"中心", U"公司", U"集团", U"银行", U"协会",
                            U"学会", U"联合会", U"总会", U"支部", U"大学", U"学院", U"学校",
                            U"医院", U"所", U"站", U"队", U"处", U"科", U"法院", U"检察院",
                            U"管委会", U"指挥部", U"领导小组", U"小组", U"工作组"};

const Words k_caption_exact = {U"图像", U"图片", U"[图片]", U"[图]", U"会议现场", U"图为会议现场",
                               U"活动现场"};
const Words k_image_extensions = {U".jpg", U".jpeg", U".png", U".gif", U".bmp", U".webp",
                                  U".JPG", U".JPEG", U".PNG", U".GIF"};

const Words k_credit_labels = {
    U"图文", U"图/文", U"文/图", U"审核", U"审核人", U"编辑", U"责编", U"责任编辑", U"撰稿",
    U"供稿", U"摄影", U"记者", U"通讯员", U"校对", U"初审", U"复审", U"终审", U"审稿", U"审校",
    U"签发", U"监制", U"编审", U"核稿", U"一审", U"二审", U"三审", U"文", U"图", U"来源",
    U"作者", U"稿件来源", U"信息来源", U"文字", U"摄", U"編輯", U"責任編輯", U"初审编辑",
    U"审核编辑", U"报送", U"投稿"};

// §8.
const Words k_tail_prefixes = {
    U"扫一扫", U"微信扫一扫", U"手机扫码", U"扫码查看", U"用手机扫描", U"手机扫描", U"扫描二维码",
    U"相关链接", U"相关解读", U"相关稿件", U"相关新闻", U"相关报道", U"相关阅读", U"相关文档",
    U"相关信息", U"相关文章", U"部门解读", U"政策解读:", U"上一篇", U"下一篇", U"上一条",
    U"下一条", U"网友评论", U"发表评论", U"我要评论", U"评论列表", U"暂无评论", U"暂无网友评论",
    U"网站导航", U"友情链接", U"网站地图", U"联系我们", U"版权所有", U"Copyright", U"copyright",
    U"©", U"主办单位", U"主办:", U"承办单位", U"技术支持", U"网站标识码", U"微信信访",
    U"APP信访", U"短信信访", U"网上信访", U"打印本页", U"打印此页", U"打印此文", U"打印页面",
    U"打印文章", U"关闭窗口", U"关闭本页", U"关闭页面", U"返回顶部", U"回到顶部", U"回頂端",
    U"回顶部", U"TOP】", U"我要纠错", U"智能推荐", U"推荐阅读", U"热点推荐", U"猜你喜欢",
    U"新闻推荐", U"回上頁", U"回首頁", U"友善列印", U"相關連結", U"相關新聞", U"上一則",
    U"下一則", U"上一篇:", U"下一篇:", U"相關閱讀", U"验证码", U"正文:", U"在线咨询",
    U"瀏覽人次", U"更新日期", U"網站導覽", U"隱私權", U"隐私声明", U"政府网站年度报表",
    U"网站声明", U"使用帮助", U"版權所有", U"关联稿件", U"关联阅读", U"关联文档", U"评论一下",
    U"还没有评论", U"最热评论", U"最新评论", U"热门评论", U"全部评论", U"下一節", U"上一節",
    U"快速回到頁首", U"回到頁首", U"轮播图"};
const Words k_tail_exact = {U"中国政府网", U"网站导航", U"返回", U"返回列表", U"Top", U"TOP",
                            U"打印", U"关闭", U"收藏", U"分享", U"微信", U"微博", U"回上一頁"};
const Words k_tail_anywhere = {U"ICP备", U"ICP证", U"公网安备", U"网站标识码", U"網站標識碼", U"条评论",
                               U"精彩评论"};

const Words k_weak_tail_prefixes = {U"值班电话", U"联系电话", U"咨询电话", U"邮编", U"邮政编码",
                                    U"传真", U"办公地址", U"通讯地址", U"地址:", U"电子邮箱",
                                    U"邮箱:", U"E-mail", U"Email", U"電話", U"傳真"};

const char32_t* const k_traditional_only =
    U"這個們來時說會國對發與為經點歲動實現關開區員議應當從機體長門問間業東車書學習語華龍條場還"
    U"進過運達選邊報導戰廣廠廳聽讓認識記設計話請變層團圖園頭題類顯風飛馬鳥魚齊號質貿費資產務義"
    U"樂藝術環節紀總結統織網線練組細濟參價傳億優勢執構領將專歷爭論萬眾處縣鄉鎮審貸權責雲醫療衛"
    U"護電視辦協調標備單據亞歐塊內樣頁訊瀏覽擊尋聯絡無礙簡";
const char32_t* const k_simplified_only =
    U"这个们来时说会国对发与为经点岁动实现关开区员议应当从机体长门问间业东车书学习语华龙条场还"
    U"进过运达选边报导战广厂厅听让认识记设计话请变层团图园头题类显风飞马鸟鱼齐号质贸费资产务义"
    U"乐艺术环节纪总结统织网线练组细济参价传亿优势执构领将专历争论万众处县乡镇审贷权责云医疗卫"
    U"护电视办协调标备单据亚欧块内样页讯浏览击寻联络无碍简";

}  // namespace hsdoc::read::page
