package org.lianxin.legislation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.legislation.internal.Consultations;
import org.lianxin.legislation.internal.DraftOpinions;
import org.lianxin.legislation.internal.LegislationFigures;
import org.lianxin.legislation.internal.Merging;
import org.lianxin.legislation.internal.NewConsultation;
import org.lianxin.legislation.internal.NewDraftOpinion;
import org.lianxin.legislation.internal.NewInformant;
import org.lianxin.legislation.internal.OpinionChannel;
import org.lianxin.legislation.internal.Rosters;
import org.lianxin.station.VenueRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The figures come out of the records: a year no other test uses (2021), one
 * consultation, three opinions (two from an informant), two merged opinions reported, one
 * adopted.
 */
@LianxinTest
class FiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	VenueRegistry venues;

	@Autowired
	Consultations consultations;

	@Autowired
	DraftOpinions opinions;

	@Autowired
	Merging merging;

	@Autowired
	Rosters rosters;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LegislationFigures figures;

	@Test
	void the_figures_of_a_year_equal_its_records_in_the_page_and_the_api_and_another_division_sees_none()
			throws Exception {
		yearOfRecords(2021);

		this.mvc
			.perform(get("/api/v1/legislation/figures").param("region", "210803")
				.param("year", "2021")
				.with(Staff.as(this.accounts, "office-210803")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totals.consultations").value(1))
			.andExpect(jsonPath("$.totals.drafts").value(1))
			.andExpect(jsonPath("$.totals.opinions").value(3))
			.andExpect(jsonPath("$.totals.reported").value(2))
			.andExpect(jsonPath("$.totals.adopted").value(1))
			.andExpect(jsonPath("$.points[0].opinions").value(3))
			.andExpect(jsonPath("$.informants[0].name").value("统计信息员"))
			.andExpect(jsonPath("$.informants[0].opinions").value(2))
			.andExpect(jsonPath("$.informants[0].reported").value(2))
			.andExpect(jsonPath("$.informants[0].adopted").value(1));
		this.mvc
			.perform(get("/legislation/figures").param("year", "2021").with(Staff.as(this.accounts, "office-210803")))
			.andExpect(content().string(containsString("征询 1 次，草案 1 部，收集意见 3 条，归纳报送 2 条，被采纳 1 条")));
		this.mvc
			.perform(get("/api/v1/legislation/figures").param("year", "2021")
				.with(Staff.as(this.accounts, "office-210802")))
			.andExpect(jsonPath("$.totals.consultations").value(0))
			.andExpect(jsonPath("$.totals.opinions").value(0));
	}

	/**
	 * One consultation received in the year, three opinions (two from an informant), two
	 * merged opinions reported, one adopted.
	 */
	private long yearOfRecords(int year) {
		CurrentUser office = Staff.load(this.accounts, "office-210803");
		long point = LegislativeFixtures.infoPoint(this.venues);
		long informant = this.rosters.enrol(office, point,
				new NewInformant("统计信息员", "LAWYER", null, "1390417" + year, true, LocalDate.of(year, 1, 5)));
		long id = this.consultations.receive(office, new NewConsultation(LegislativeFixtures.contactPoint(this.venues),
				"PROVINCIAL", "辽宁省人大常委会法工委", "统计用征询" + year, LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 1)));
		this.consultations.importDraft(office, id, ConsultationTests.FIRST_DRAFT, null);
		this.consultations.publish(office, id);
		long a = give(id, point, informant, 1, "统计意见甲", null);
		long b = give(id, point, informant, 2, "统计意见乙", null);
		give(id, point, null, 3, "统计意见丙", "1370417" + year);
		this.consultations.closeGathering(office, id);
		long adopted = this.merging.merge(office, id, List.of(a), null, null);
		long declined = this.merging.merge(office, id, List.of(b), null, null);
		this.merging.report(office, id, "测试用逾期说明");
		this.merging.answer(office, id, adopted, "ADOPTED", null);
		this.merging.answer(office, id, declined, "NOT_ADOPTED", "与上位法不一致");
		return informant;
	}

	@Test
	void every_figure_opens_the_records_it_counts_and_another_division_opens_none() throws Exception {
		long informant = yearOfRecords(2019);
		var office = Staff.as(this.accounts, "office-210803");
		this.mvc.perform(get("/legislation/figures").param("year", "2019").with(office))
			.andExpect(content()
				.string(allOf(containsString("/legislation/figures/records?kind=ADOPTED&amp;region=&amp;year=2019"),
						containsString(
								"/legislation/figures/records?kind=OPINIONS&amp;region=&amp;year=2019&amp;informant="
										+ informant))));
		Map<String, Integer> expected = Map.of("CONSULTATIONS", 1, "DRAFTS", 1, "OPINIONS", 3, "REPORTED", 2, "ADOPTED",
				1, "PARTLY_ADOPTED", 0);
		for (var figure : expected.entrySet()) {
			this.mvc
				.perform(get("/legislation/figures/records").param("kind", figure.getKey())
					.param("year", "2019")
					.with(office))
				.andExpect(status().isOk())
				.andExpect(result -> assertThat(
						result.getResponse().getContentAsString().split("data-consultation=", -1).length - 1)
					.as(figure.getKey())
					.isEqualTo(figure.getValue()));
		}
		this.mvc
			.perform(get("/legislation/figures/records").param("kind", "REPORTED")
				.param("year", "2019")
				.param("informant", String.valueOf(informant))
				.with(office))
			.andExpect(content()
				.string(allOf(containsString("统计意见甲"), containsString("统计意见乙"), not(containsString("统计意见丙")))));
		this.mvc
			.perform(get("/legislation/figures/records").param("kind", "OPINIONS")
				.param("year", "2019")
				.with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("统计意见"))));
		this.mvc.perform(get("/legislation/figures/records").param("kind", "DROP TABLE").with(office))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void the_roster_counts_each_informants_opinions_of_the_year_towards_recognition_each_count_opening_its_records()
			throws Exception {
		long informant = yearOfRecords(2018);
		this.mvc
			.perform(get("/legislation/points/{id}", LegislativeFixtures.infoPoint(this.venues)).param("year", "2018")
				.with(Staff.as(this.accounts, "office-210803")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("/legislation/figures/records?kind=OPINIONS&amp;year=2018&amp;informant=" + informant
							+ "\">2<"),
					containsString("/legislation/figures/records?kind=REPORTED&amp;year=2018&amp;informant=" + informant
							+ "\">2<"),
					containsString("/legislation/figures/records?kind=ADOPTED&amp;year=2018&amp;informant=" + informant
							+ "\">1<"))));
	}

	@Test
	void the_tally_the_figures_read_agrees_with_the_opinions_counted_one_by_one_after_giving_merging_reporting_answering_and_undoing() {
		long informant = yearOfRecords(2017);
		CurrentUser office = Staff.load(this.accounts, "office-210803");
		long point = LegislativeFixtures.infoPoint(this.venues);
		long id = this.consultations.receive(office, new NewConsultation(LegislativeFixtures.contactPoint(this.venues),
				"CITY", "营口市人大常委会法工委", "统计用征询（撤销合并）", LocalDate.of(2017, 6, 1), LocalDate.of(2017, 7, 1)));
		this.consultations.importDraft(office, id, ConsultationTests.FIRST_DRAFT, null);
		this.consultations.publish(office, id);
		long a = give(id, point, informant, 1, "撤销合并意见甲", null);
		give(id, point, informant, 2, "撤销合并意见乙", null);
		this.consultations.closeGathering(office, id);
		this.merging.undo(office, id, this.merging.merge(office, id, List.of(a), null, null));

		assertTallyEqualsTheOpinionsCountedOneByOne();
	}

	@Test
	void every_figure_equals_its_records_counted_again_after_merging_several_partly_adopting_and_undoing()
			throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210803");
		long point = LegislativeFixtures.infoPoint(this.venues);
		long informant = this.rosters.enrol(office, point,
				new NewInformant("合并信息员", "LAWYER", null, "13904172016", true, LocalDate.of(2016, 1, 5)));
		long id = this.consultations.receive(office, new NewConsultation(LegislativeFixtures.contactPoint(this.venues),
				"CITY", "营口市人大常委会法工委", "统计用征询（多条合并）", LocalDate.of(2016, 6, 1), LocalDate.of(2016, 7, 1)));
		this.consultations.importDraft(office, id, ConsultationTests.FIRST_DRAFT, null);
		this.consultations.publish(office, id);
		long a = give(id, point, informant, 1, "多条合并意见甲", null);
		long b = give(id, point, informant, 1, "多条合并意见乙", null);
		long c = give(id, point, null, 1, "多条合并意见丙", "13704172016");
		long d = give(id, point, informant, 2, "多条合并意见丁", null);
		this.consultations.closeGathering(office, id);
		long partly = this.merging.merge(office, id, List.of(a, b, c), null, null);
		this.merging.undo(office, id, this.merging.merge(office, id, List.of(d), null, null));
		this.merging.report(office, id, "测试用逾期说明");
		this.merging.answer(office, id, partly, "PARTLY_ADOPTED", "部分采纳");

		this.mvc
			.perform(get("/api/v1/legislation/figures").param("year", "2016")
				.with(Staff.as(this.accounts, "office-210803")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totals.opinions").value(4))
			.andExpect(jsonPath("$.totals.reported").value(1))
			.andExpect(jsonPath("$.totals.partlyAdopted").value(1))
			.andExpect(jsonPath("$.points[0].opinions").value(4))
			.andExpect(jsonPath("$.points[0].reported").value(3))
			.andExpect(jsonPath("$.informants[0].id").value(informant))
			.andExpect(jsonPath("$.informants[0].opinions").value(3))
			.andExpect(jsonPath("$.informants[0].reported").value(2));
		assertTallyEqualsTheOpinionsCountedOneByOne();
	}

	@Test
	void the_informants_shares_come_a_page_at_a_time_in_the_order_they_were_enrolled() throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210803");
		long point = LegislativeFixtures.infoPoint(this.venues);
		long first = this.rosters.enrol(office, point,
				new NewInformant("分页信息员甲", "LAWYER", null, "13904172015", true, LocalDate.of(2015, 1, 5)));
		long second = this.rosters.enrol(office, point,
				new NewInformant("分页信息员乙", "LAWYER", null, "13904172014", true, LocalDate.of(2015, 1, 5)));
		long id = this.consultations.receive(office, new NewConsultation(LegislativeFixtures.contactPoint(this.venues),
				"CITY", "营口市人大常委会法工委", "统计用征询（分页）", LocalDate.of(2015, 6, 1), LocalDate.of(2015, 7, 1)));
		this.consultations.importDraft(office, id, ConsultationTests.FIRST_DRAFT, null);
		this.consultations.publish(office, id);
		give(id, point, second, 1, "分页意见乙", null);
		give(id, point, first, 1, "分页意见甲", null);
		give(id, point, first, 2, "分页意见甲二", null);

		assertThat(this.figures.perInformant(office, null, 2015, 0, 1))
			.extracting(LegislationFigures.Share::id, LegislationFigures.Share::opinions)
			.containsExactly(tuple(first, 2L));
		assertThat(this.figures.perInformant(office, null, 2015, 1, 1))
			.extracting(LegislationFigures.Share::id, LegislationFigures.Share::opinions)
			.containsExactly(tuple(second, 1L));
		this.mvc
			.perform(get("/legislation/figures").param("year", "2015")
				.param("informantPage", "1")
				.with(Staff.as(this.accounts, "office-210803")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("分页信息员甲"))));
	}

	/**
	 * The tally the figures read (per consultation and point) and every opinion's entry
	 * equal the opinions counted one by one, across every test's records.
	 */
	private void assertTallyEqualsTheOpinionsCountedOneByOne() {
		String counted = """
				select o.consultation_id, o.point_id, count(*) as opinions,
				       count(*) filter (where m.state in ('REPORTED', 'ANSWERED')) as reported,
				       count(*) filter (where m.outcome = 'ADOPTED') as adopted,
				       count(*) filter (where m.outcome = 'PARTLY_ADOPTED') as partly_adopted
				from legislation_opinion o left join legislation_merged_opinion m on m.id = o.merged_into
				group by 1, 2 order by 1, 2""";
		String tallied = """
				select consultation_id, point_id, opinions, reported, adopted, partly_adopted
				from legislation_point_tally where opinions <> 0 order by 1, 2""";
		assertThat(this.jdbc.sql(tallied).query().listOfRows()).isNotEmpty()
			.isEqualTo(this.jdbc.sql(counted).query().listOfRows());
		String perInformant = """
				select coalesce(o.informant_id, 0) as informant_id, o.consultation_id, count(*) as opinions,
				       count(*) filter (where m.state in ('REPORTED', 'ANSWERED')) as reported,
				       count(*) filter (where m.outcome = 'ADOPTED') as adopted
				from legislation_opinion o left join legislation_merged_opinion m on m.id = o.merged_into
				group by 1, 2 order by 1, 2""";
		String entries = """
				select informant_id, consultation_id, count(*) as opinions, sum((counts >> 1) & 1) as reported,
				       sum((counts >> 2) & 1) as adopted
				from legislation_tally_entry group by 1, 2 order by 1, 2""";
		assertThat(this.jdbc.sql(entries).query().listOfRows())
			.isEqualTo(this.jdbc.sql(perInformant).query().listOfRows());
	}

	private long give(long consultation, long point, Long informant, int article, String text, String phone) {
		String token = this.opinions.give(new NewDraftOpinion(consultation, article, null, text,
				(informant != null) ? OpinionChannel.INFORMANT : OpinionChannel.QR_PAGE, point, informant, null, null,
				phone, null), null);
		return this.jdbc.sql("select id from legislation_opinion where tracking_token = ?")
			.param(token)
			.query(Long.class)
			.single();
	}

}
