package org.lianxin.ledger.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work ledgers of the source's year, entered through the ledger's own steps, so that
 * each division's yearly counts are the source's: 盖州市 ("全年共召开党组会议35次，主任会议39次，
 * 常委会会议9次，听取和审议专项工作报告14个……依法任免国家机关工作人员93人次", 18 requests and reports to the Party
 * committee), 大石桥市 (8 standing-committee and 14 chairpersons' meetings, 17 special work
 * reports, 74 appointments, its articles) and 鲅鱼圈区's articles ({@link DemoArticles}). The
 * inspections count comes from the oversight module's demo. Runs after the demo data; a
 * restart adds nothing.
 */
@Component
@Profile("demo")
@Order(2)
class DemoLedger implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLedger.class);

	/** The year the source text reports. */
	static final int SOURCE_YEAR = 2025;

	/**
	 * 盖州市's year, in the source's order: Party-group, chairpersons', standing committee.
	 */
	static final Year GAIZHOU = new Year("210881", 8, 35, 39, 9, 14, 93, 18);

	/** 大石桥市's year: the source gives no Party-group meetings or requests. */
	static final Year DASHIQIAO = new Year("210882", 18, 0, 14, 8, 17, 74, 0);

	/** The reports heard, as the source names them first, then others. */
	private static final List<String> REPORTS = List.of("国民经济和社会发展计划执行情况的报告", "年度预算执行情况的报告", "年度决算的报告", "审计工作报告",
			"统计工作情况的报告", "国有资产管理综合情况的报告", "政府债务管理情况的报告", "环境状况和环境保护目标完成情况的报告", "重点民生实事项目推进情况的报告", "校园食品安全工作情况的报告",
			"养老服务工作情况的报告", "代表建议办理工作情况的报告", "人民法院执行工作情况的报告", "人民检察院公益诉讼工作情况的报告", "优化营商环境工作情况的报告", "乡村振兴工作情况的报告",
			"安全生产工作情况的报告");

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙");

	private static final List<String> GIVEN = List.of("建国", "志强", "丽华", "海波", "春梅", "立新", "晓东", "红霞", "国庆", "玉珍", "振宇");

	private static final List<String> POSITIONS = List.of("人民政府副市长", "发展和改革局局长", "教育局局长", "人民法院审判员", "人民检察院检察员",
			"财政局局长", "民政局局长", "人民法院审判委员会委员");

	/**
	 * A division's year as the source counts it.
	 *
	 * @param term the congress's term the meetings are numbered in
	 */
	record Year(String region, int term, int partyGroup, int chairpersons, int standing, int reports, int appointments,
			int requests) {
	}

	private final LedgerBook book;

	private final DemoArticles articles;

	private final StaffAccounts accounts;

	private final JdbcClient jdbc;

	DemoLedger(LedgerBook book, DemoArticles articles, StaffAccounts accounts, JdbcClient jdbc) {
		this.book = book;
		this.articles = articles;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from ledger_meeting where region_code in ('210881', '210882')")
			.query(Long.class)
			.single() > 0) {
			return;
		}
		enter(GAIZHOU);
		enter(DASHIQIAO);
		this.articles.enter(office(DASHIQIAO.region()), office("210804"));
		log.info("Demo ledger: 盖州市's and 大石桥市's {} entered", SOURCE_YEAR);
	}

	private void enter(Year year) {
		CurrentUser office = office(year.region());
		meetings(office, year, MeetingKind.PARTY_GROUP, year.partyGroup(), 1, "研究部署党组重点工作");
		meetings(office, year, MeetingKind.CHAIRPERSONS, year.chairpersons(), 40, "研究常委会会议议程和监督工作安排");
		List<List<String>> heard = spread(REPORTS.subList(0, year.reports()), year.standing());
		for (int i = 0; i < year.standing(); i++) {
			this.book.record(office, new Meeting.NewMeeting(MeetingKind.STANDING_COMMITTEE, year.term(), 30 + i,
					day(i, year.standing()), "听取和审议专项工作报告，依法任免国家机关工作人员", 25, heard.get(i)));
		}
		for (int i = 0; i < year.appointments(); i++) {
			this.book.record(office, new Appointment.NewAppointment(
					(i % 5 == 4) ? Appointment.Action.REMOVE : Appointment.Action.APPOINT,
					SURNAMES.get(i % SURNAMES.size()) + GIVEN.get((i / SURNAMES.size()) % GIVEN.size()),
					POSITIONS.get(i % POSITIONS.size()), day(i, year.appointments()), 25, 24, 0, 1, true, i % 5 != 4));
		}
		for (int i = 0; i < year.requests(); i++) {
			boolean asking = i % 3 == 0;
			LocalDate sent = day(i, year.requests());
			long id = this.book.send(office, asking ? PartyRequest.Kind.REQUEST : PartyRequest.Kind.REPORT,
					asking ? "关于召开常委会第" + (30 + i / 2) + "次会议的请示" : "关于常委会重要会议和重大事项情况的报告（第" + (i + 1) + "件）", sent);
			if (asking) {
				this.book.answer(office, id, "同意。", sent.plusDays(3));
			}
		}
	}

	/**
	 * {@code count} meetings of a kind spread over the year, numbered on from
	 * {@code first}.
	 */
	private void meetings(CurrentUser office, Year year, MeetingKind kind, int count, int first, String agenda) {
		for (int i = 0; i < count; i++) {
			this.book.record(office,
					new Meeting.NewMeeting(kind, year.term(), first + i, day(i, count), agenda, null, List.of()));
		}
	}

	/** The i-th of n days spread over the source's year, none after mid-December. */
	static LocalDate day(int i, int n) {
		return LocalDate.of(SOURCE_YEAR, 1, 6).plusDays((long) i * 340 / n);
	}

	/**
	 * The reports shared out over the meetings, the earlier meetings hearing one more.
	 */
	private static List<List<String>> spread(List<String> reports, int meetings) {
		List<List<String>> shares = new ArrayList<>();
		for (int i = 0; i < meetings; i++) {
			shares.add(new ArrayList<>());
		}
		for (int i = 0; i < reports.size(); i++) {
			shares.get(i % meetings).add(reports.get(i));
		}
		return shares;
	}

	private CurrentUser office(String division) {
		return this.accounts.findByUsername("office-" + division).orElseThrow();
	}

}
