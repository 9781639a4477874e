package org.lianxin.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.opinion.ContactChannel;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionCategory;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.OpinionWorkflow;
import org.lianxin.opinion.Receipt;
import org.lianxin.opinion.ResultClass;
import org.lianxin.opinion.Satisfaction;
import org.lianxin.opinion.Submission;
import org.lianxin.region.Region;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;

/**
 * Opinions for the demo city, each taken through the real intake and the real steps by
 * the demo office and agency of its division, so that the inbox, the case pages, the
 * notices and the figures have something to show. From a fixed seed; a restart adds
 * nothing (each case has an idempotency key of its own).
 */
final class DemoOpinions {

	private static final Logger log = LoggerFactory.getLogger(DemoOpinions.class);

	private static final int PER_DIVISION = 40;

	private static final List<String> PROBLEMS = List.of("路灯不亮，晚上出行不便", "路面坑洼积水，希望尽快修补", "小区外墙瓷砖脱落，存在安全隐患", "夜间施工噪声扰民",
			"公交站台没有遮雨棚", "老旧小区供暖温度不达标", "学校周边早晚高峰拥堵", "垃圾清运不及时，气味难闻", "农村道路需要硬化", "菜市场周边占道经营", "河道有垃圾漂浮",
			"社区缺少老年人活动场所");

	private static final List<IntakeChannel> CHANNELS = List.of(IntakeChannel.DEPUTY, IntakeChannel.STATION,
			IntakeChannel.HOTLINE, IntakeChannel.LETTER);

	private final OpinionIntake intake;

	private final OpinionWorkflow workflow;

	private final StaffAccounts accounts;

	private final RegionManagement regions;

	private final WorkdayCalendar calendar;

	private final Random random = new Random(2108_2026);

	DemoOpinions(OpinionIntake intake, OpinionWorkflow workflow, StaffAccounts accounts, RegionManagement regions,
			WorkdayCalendar calendar) {
		this.intake = intake;
		this.workflow = workflow;
		this.accounts = accounts;
		this.regions = regions;
		this.calendar = calendar;
	}

	int generate(List<OpinionCategory> categories, double scale) {
		int added = 0;
		LocalDate today = this.calendar.today();
		for (String division : DemoData.DIVISIONS) {
			CurrentUser office = this.accounts.findByUsername("office-" + division).orElseThrow();
			CurrentUser handler = this.accounts.findByUsername("agency-" + division).orElseThrow();
			List<Region> towns = this.regions.childrenOf(division);
			int count = Math.max(1, (int) Math.round(PER_DIVISION * scale));
			for (int i = 0; i < count; i++) {
				OpinionCategory category = categories.get(this.random.nextInt(categories.size()));
				Region town = towns.get(this.random.nextInt(towns.size()));
				String problem = PROBLEMS.get(this.random.nextInt(PROBLEMS.size()));
				IntakeChannel channel = CHANNELS.get(this.random.nextInt(CHANNELS.size()));
				// collected this month, so that the same-month entry rule holds for them
				LocalDate collected = today.minusDays(this.random.nextInt(Math.max(1, today.getDayOfMonth())));
				String phone = "139" + String.format("%08d", this.random.nextInt(100_000_000));
				int stage = this.random.nextInt(100);
				Receipt receipt = this.intake.record(office,
						new Submission(channel, category.code(), town.code(), null, null, town.name() + problem, null,
								null, null, null, phone, null, this.random.nextBoolean(), false, List.of(), null,
								collected, "demo:" + division + ":" + i, "demo"));
				if (receipt.replayed()) {
					continue;
				}
				added++;
				walk(receipt.id(), stage, office, handler);
			}
		}
		log.info("Demo opinions: {} added", added);
		return added;
	}

	/** Takes the case as far as its draw says: waiting, in handling, answered, closed… */
	private void walk(long id, int stage, CurrentUser office, CurrentUser handler) {
		if (stage < 15) {
			return;
		}
		if (stage < 20) {
			this.workflow.decline(office, id, "该事项已进入诉讼程序，请通过司法途径解决");
			return;
		}
		if (stage < 25) {
			this.workflow.answerDirectly(office, id, "已向群众解释相关政策");
			return;
		}
		long agency = handler.scope().agencyId();
		this.workflow.assign(office, id, agency, Set.of(), "请按期办理");
		if (stage < 35) {
			return;
		}
		this.workflow.sign(handler, id);
		if (stage < 50) {
			return;
		}
		ResultClass result = (stage % 5 == 0) ? ResultClass.B : (stage % 7 == 0) ? ResultClass.C : ResultClass.A;
		this.workflow.reply(handler, id, result, "经现场核实，已安排专人处理");
		if (stage < 60) {
			return;
		}
		this.workflow.feedback(office, id, ContactChannel.PHONE, "已电话告知群众办理结果");
		if (stage < 70) {
			return;
		}
		Satisfaction verdict = (stage % 11 == 0) ? Satisfaction.UNSATISFIED
				: (stage % 3 == 0) ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.SATISFIED;
		this.workflow.visit(office, id, verdict, ContactChannel.PHONE, null);
		if (verdict.content()) {
			this.workflow.close(office, id, null);
		}
	}

}
