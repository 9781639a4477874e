package org.lianxin.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.region.RegionManagement;
import org.lianxin.survey.Electorate;
import org.lianxin.survey.NewSurvey;
import org.lianxin.survey.SurveyItem;
import org.lianxin.survey.SurveyManagement;
import org.lianxin.survey.SurveyScale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 老边区 has rated its "三个微平台" and related work by its deputies' vote six years in a row
 * (连续6年开展“三个微平台”等工作满意度测评): each year is set up, opened, voted on paper (handed out, typed
 * in by two clerks) and closed through the survey module's own steps. 站前区 has this year's
 * vote open, for the demo deputy.
 */
@Component
@Profile("demo")
@Order(10)
class DemoSurveys implements ApplicationRunner {

	static final String SERIES = "“三个微平台”等工作满意度测评";

	private static final List<SurveyItem> ITEMS = List.of(new SurveyItem("“三个微平台”意见建议办理", null),
			new SurveyItem("“双联系”制度落实", null), new SurveyItem("代表之家、代表联络站阵地作用发挥", null));

	private static final int FIRST_YEAR = 2020;

	private static final int YEARS = 6;

	private final SurveyManagement surveys;

	private final RegionManagement regions;

	private final StaffAccounts accounts;

	private final Clock clock;

	DemoSurveys(SurveyManagement surveys, RegionManagement regions, StaffAccounts accounts, Clock clock) {
		this.surveys = surveys;
		this.regions = regions;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		CurrentUser office = user("office-210811");
		if (this.surveys.list(office, "210811").stream().anyMatch(s -> s.series().equals(SERIES))) {
			return;
		}
		CurrentUser secondClerk = user("admin");
		long congress = this.regions.congressesOf("210811").get(0).id();
		ZoneId zone = this.clock.getZone();
		for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
			OffsetDateTime opens = LocalDate.of(year, 12, 20).atTime(9, 0).atZone(zone).toOffsetDateTime();
			long id = this.surveys.create(office,
					new NewSurvey(null, SERIES, year, year + "年度" + SERIES, SurveyScale.SATISFACTION, null,
							Electorate.CONGRESS, congress, null, opens, opens.plusHours(3), 3, new BigDecimal("80"),
							ITEMS));
			this.surveys.open(office, id);
			Random votes = new Random(year);
			List<Long> electorate = this.surveys.electorate(office, id);
			int sheet = 0;
			// nearly everyone comes; satisfaction grows year by year
			for (long deputy : electorate.subList(0, Math.max(1, electorate.size() * 9 / 10))) {
				this.surveys.handOutPaper(office, id, deputy);
				short[] answers = new short[ITEMS.size()];
				for (int item = 0; item < answers.length; item++) {
					double draw = votes.nextDouble();
					double satisfied = 0.62 + 0.06 * (year - FIRST_YEAR) - 0.04 * item;
					answers[item] = (short) ((draw < satisfied) ? 1 : (draw < satisfied + 0.25) ? 2 : 3);
				}
				sheet++;
				this.surveys.enterPaper(office, id, sheet, 1, answers);
				this.surveys.enterPaper(secondClerk, id, sheet, 2, answers);
			}
			this.surveys.close(office, id);
		}
		openThisYear();
	}

	/** This year's vote of 站前区, open for a month: the demo deputy (王秀英) can vote. */
	private void openThisYear() {
		CurrentUser office = user("office-210802");
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		long id = this.surveys.create(office, new NewSurvey(null, "代表对“一府两院”工作满意度测评", now.getYear(),
				now.getYear() + "年度“一府两院”工作满意度测评", SurveyScale.SATISFACTION, null, Electorate.CONGRESS,
				this.regions.congressesOf("210802").get(0).id(), null, now.minusDays(1), now.plusDays(30), 3,
				new BigDecimal("80"),
				List.of(new SurveyItem("区人民政府", null), new SurveyItem("区人民法院", null), new SurveyItem("区人民检察院", null))));
		this.surveys.open(office, id);
	}

	private CurrentUser user(String username) {
		return this.accounts.findByUsername(username).orElseThrow();
	}

}
