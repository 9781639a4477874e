package org.lianxin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.legislation.LegislativeSteps;
import org.lianxin.region.Region;
import org.lianxin.region.RegionManagement;
import org.lianxin.station.VenueInput;
import org.lianxin.station.VenueKind;
import org.lianxin.station.VenueRegistry;
import org.lianxin.workday.WorkdayCalendar;

/**
 * 西市区's provincial grassroots legislative contact point as the source describes it: 54
 * information-collection points, 157 informants, and the year's six drafts taken through
 * every step (opinions gathered online and offline, merged per article, reported, four
 * adopted); and 站前区's point consulting on the city's talent-development regulation, still
 * gathering. Every record is made through the module's own steps; a restart adds nothing.
 */
final class DemoLegislation {

	private static final Logger log = LoggerFactory.getLogger(DemoLegislation.class);

	static final int INFO_POINTS = 54;

	static final int INFORMANTS = 157;

	/**
	 * Enough that the six drafts report over fifty merged opinions, as the source says.
	 */
	static final int OPINIONS_PER_DRAFT = 16;

	/**
	 * Title and subject of each of the year's drafts; the last still awaits its answers.
	 */
	private static final Map<String, String> DRAFTS = new LinkedHashMap<>();

	static {
		DRAFTS.put("辽宁省职业教育条例（草案）", "职业教育");
		DRAFTS.put("辽宁省安全生产条例（修订草案）", "安全生产");
		DRAFTS.put("营口市地热水资源管理条例（草案）", "地热水资源管理");
		DRAFTS.put("辽宁省养老服务条例（草案）", "养老服务");
		DRAFTS.put("辽宁省文明行为促进条例（修订草案）", "文明行为促进");
		DRAFTS.put("辽宁省物业管理条例（修订草案）", "物业管理");
	}

	private static final List<String> FIELDS = List.of("DEPUTY", "LAWYER", "TEACHER", "RESIDENT", "ENTERPRISE",
			"CIVIL_SERVANT");

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
			"马", "朱", "胡");

	private static final List<String> GIVEN = List.of("建国", "秀兰", "志强", "丽华", "海波", "春梅", "立新", "晓东", "红霞", "国庆", "玉珍");

	private static final List<String> OPINIONS = List.of("建议进一步明确%s工作的责任主体，避免多头管理", "建议增加对%s违法行为的处罚规定，提高可操作性",
			"建议%s相关信息及时向社会公开，接受群众监督", "建议细化%s的经费保障条款", "建议将基层和群众参与%s的方式写入条文", "建议对%s中的“有关部门”逐一列明");

	private final LegislativeSteps steps;

	private final VenueRegistry venues;

	private final RegionManagement regions;

	private final StaffAccounts accounts;

	private final WorkdayCalendar calendar;

	private final Random random = new Random(2108_03);

	DemoLegislation(LegislativeSteps steps, VenueRegistry venues, RegionManagement regions, StaffAccounts accounts,
			WorkdayCalendar calendar) {
		this.steps = steps;
		this.venues = venues;
		this.regions = regions;
		this.accounts = accounts;
		this.calendar = calendar;
	}

	void load() {
		CurrentUser office = this.accounts.findByUsername("office-210803").orElseThrow();
		long contactPoint = point(VenueKind.LEGISLATIVE_CONTACT_POINT, "西市区基层立法联系点", null, "210803");
		if (this.steps.informantsOn(office, contactPoint) > 0) {
			return;
		}
		List<Long> points = new ArrayList<>(List.of(contactPoint));
		List<Region> towns = this.regions.childrenOf("210803");
		for (int i = 1; i <= INFO_POINTS; i++) {
			Region town = towns.get(i % towns.size());
			points.add(point(VenueKind.LEGISLATIVE_INFO_POINT, town.name() + "第" + i + "立法信息采集点", contactPoint,
					town.code()));
		}
		LocalDate today = this.calendar.today();
		List<long[]> informants = new ArrayList<>();
		for (int i = 0; i < INFORMANTS; i++) {
			long point = points.get(i % points.size());
			String name = SURNAMES.get(i % SURNAMES.size()) + GIVEN.get((i / SURNAMES.size()) % GIVEN.size());
			long id = this.steps.enrol(office, point, name, FIELDS.get(i % FIELDS.size()), null,
					"1380417" + String.format("%04d", i), today.minusDays(200));
			informants.add(new long[] { id, point });
		}
		int adopted = 0;
		int reported = 0;
		int n = 0;
		for (Map.Entry<String, String> draft : DRAFTS.entrySet()) {
			boolean answered = ++n < DRAFTS.size();
			LocalDate received = today.minusDays(10L * (DRAFTS.size() - n) + 12);
			long id = this.steps.receive(office, contactPoint, draft.getKey().startsWith("营口") ? "CITY" : "PROVINCIAL",
					draft.getKey().startsWith("营口") ? "营口市人大常委会法制工作委员会" : "辽宁省人大常委会法制工作委员会", draft.getKey(), received,
					today.plusDays(10));
			this.steps.publish(office, id, DemoDrafts.text(draft.getKey(), draft.getValue()));
			Map<Integer, List<Long>> byArticle = gather(id, draft.getValue(), informants, points);
			this.steps.closeGathering(office, id);
			List<Long> merged = new ArrayList<>();
			for (List<Long> opinions : byArticle.values()) {
				merged.add(this.steps.merge(office, id, opinions, "信息员和群众反映集中"));
			}
			this.steps.report(office, id, null);
			reported += merged.size();
			for (int m = 0; answered && m < merged.size(); m++) {
				boolean adopt = m == 0 && adopted < 4;
				adopted += adopt ? 1 : 0;
				this.steps.answer(office, id, merged.get(m),
						adopt ? "ADOPTED" : (m == 1) ? "PARTLY_ADOPTED" : "NOT_ADOPTED",
						adopt ? null : "经研究，相关内容已有上位法规定或宜在配套制度中规定");
			}
		}
		talentConsultation(today);
		log.info("Demo legislation: {} points, {} informants, {} drafts, {} opinions reported, {} adopted",
				points.size(), INFORMANTS, DRAFTS.size(), reported, adopted);
	}

	/** Opinions on the draft's articles, three in four from informants. */
	private Map<Integer, List<Long>> gather(long consultation, String subject, List<long[]> informants,
			List<Long> points) {
		Map<Integer, List<Long>> byArticle = new java.util.TreeMap<>();
		for (int i = 0; i < OPINIONS_PER_DRAFT; i++) {
			int article = 1 + this.random.nextInt(DemoDrafts.ARTICLES);
			String text = OPINIONS.get(this.random.nextInt(OPINIONS.size())).formatted(subject);
			long opinion;
			if (i % 4 == 3) {
				opinion = this.steps.giveOpinion(consultation, points.get(this.random.nextInt(points.size())), null,
						article, text, "1390417" + String.format("%04d", this.random.nextInt(10_000)));
			}
			else {
				long[] informant = informants.get(this.random.nextInt(informants.size()));
				opinion = this.steps.giveOpinion(consultation, informant[1], informant[0], article, text, null);
			}
			byArticle.computeIfAbsent(article, a -> new ArrayList<>()).add(opinion);
		}
		return byArticle;
	}

	/** 站前区 helps the city congress consult on the talent-development regulation. */
	private void talentConsultation(LocalDate today) {
		CurrentUser office = this.accounts.findByUsername("office-210802").orElseThrow();
		long point = point(VenueKind.LEGISLATIVE_INFO_POINT, "站前区立法信息采集点", null, "210802");
		long informant = this.steps.enrol(office, point, "韩立军", "ENTERPRISE", "站前区某科技企业", "13804172001",
				today.minusDays(90));
		long id = this.steps.receive(office, point, "CITY", "营口市人大常委会法制工作委员会", "营口市人才发展促进条例（草案）", today.minusDays(5),
				today.plusDays(25));
		this.steps.publish(office, id, DemoDrafts.text("营口市人才发展促进条例（草案）", "人才发展"));
		this.steps.giveOpinion(id, point, informant, 5, "建议对企业引进的高层次人才给予住房补贴", null);
	}

	private long point(VenueKind kind, String name, Long parent, String region) {
		return this.venues.createAsSystemIfAbsent(
				new VenueInput(kind, name, parent, region, "营口市" + name, null, null, null, null, true, null));
	}

}
