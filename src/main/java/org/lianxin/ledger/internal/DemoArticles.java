package org.lianxin.ledger.internal;

import java.time.LocalDate;

import org.lianxin.account.CurrentUser;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The publicity the source reports: 大石桥市's article on the national congress's website and
 * the five carried by 学习强国 and others; 鲅鱼圈区's seven in national and provincial media,
 * three of them in 人民代表报 (the source names four of the seven; the other three are entered
 * by the work they report).
 */
@Component
@Profile("demo")
class DemoArticles {

	private final LedgerBook book;

	DemoArticles(LedgerBook book) {
		this.book = book;
	}

	void enter(CurrentUser dashiqiao, CurrentUser bayuquan) {
		article(dashiqiao, "履职尽责显担当 凝心聚“绿”绘华章", "全国人大网", ArticleLevel.NATIONAL, 4, "人大履职");
		article(dashiqiao, "“人大+检察”共护“未”来", "学习强国", ArticleLevel.NATIONAL, 6, "司法监督");
		for (int i = 2; i <= 5; i++) {
			article(dashiqiao, "大石桥市人大常委会履职工作稿件（转载第" + i + "篇）", "学习强国", ArticleLevel.NATIONAL, 6 + i, "人大宣传");
		}
		article(bayuquan, "守护青少年“舌尖上的安全”", "人民代表报", ArticleLevel.NATIONAL, 5, "学校食堂跟踪监督");
		article(bayuquan, "以宣传工作促进人大监督工作创新发展", "人民代表报", ArticleLevel.NATIONAL, 7, "人大宣传");
		article(bayuquan, "三步工作方法做好旁听庭审工作", "人民代表报", ArticleLevel.NATIONAL, 9, "旁听庭审");
		article(bayuquan, "营口鲅鱼圈区：代表“沉”下去，民心“暖”起来", "辽宁日报·辽望客户端", ArticleLevel.PROVINCIAL, 10, "代表工作");
		article(bayuquan, "鲅鱼圈区人大常委会专题视察助老食堂建设", "省级媒体", ArticleLevel.PROVINCIAL, 6, "助老食堂");
		article(bayuquan, "鲅鱼圈区人大代表走进法庭旁听庭审", "省级媒体", ArticleLevel.PROVINCIAL, 8, "旁听庭审");
		article(bayuquan, "鲅鱼圈区代表联络站搭建履职平台", "省级媒体", ArticleLevel.PROVINCIAL, 11, "代表工作");
	}

	private void article(CurrentUser office, String title, String outlet, ArticleLevel level, int month, String about) {
		this.book.record(office, new Article.NewArticle(title, outlet, level,
				LocalDate.of(DemoLedger.SOURCE_YEAR, month, 15), null, about));
	}

}
