package org.lianxin.legislation;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.legislation.internal.Consultations;
import org.lianxin.legislation.internal.NewConsultation;
import org.lianxin.legislation.internal.NewInformant;
import org.lianxin.legislation.internal.Rosters;
import org.lianxin.station.VenueRegistry;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class DraftOpinionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	VenueRegistry venues;

	@Autowired
	Consultations consultations;

	@Autowired
	Rosters rosters;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkdayCalendar calendar;

	@Test
	void a_resident_scanning_an_information_point_comments_on_an_article_and_follows_it_without_an_account()
			throws Exception {
		long id = gathering("居民扫码征询");
		String code = this.venues.codeOf(LegislativeFixtures.infoPoint(this.venues));
		this.mvc.perform(get("/v/{code}/legislation", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("居民扫码征询")));
		this.mvc.perform(get("/v/{code}/legislation/{id}", code, id).param("article", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("职业学校应当建立健全学生资助制度。")));
		String location = this.mvc
			.perform(post("/v/{code}/legislation/{id}", code, id).with(csrf())
				.param("article", "3")
				.param("paragraph", "1")
				.param("text", "建议资助范围覆盖中职学校全部家庭经济困难学生")
				.param("phone", "13704170312")
				.param("formToken", "token-resident-1"))
			.andExpect(redirectedUrlPattern("/v/" + code + "/legislation/opinions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("建议资助范围覆盖中职学校"), containsString("第 3 条第 1 款"), containsString("正在征求意见"))));
		assertThat(this.jdbc.sql("""
				select channel || ':' || article_number || ':' || paragraph_number || ':' || phone_masked
				from legislation_opinion where consultation_id = ?""").param(id).query(String.class).list())
			.containsExactly("QR_PAGE:3:1:137****0312");
		// the same form sent again makes no second opinion
		this.mvc
			.perform(post("/v/{code}/legislation/{id}", code, id).with(csrf())
				.param("article", "3")
				.param("text", "建议资助范围覆盖中职学校全部家庭经济困难学生")
				.param("phone", "13704170312")
				.param("formToken", "token-resident-1"))
			.andExpect(status().is3xxRedirection());
		assertThat(opinions(id)).isEqualTo(1);
	}

	@Test
	void an_opinion_on_an_article_the_version_lacks_or_without_a_phone_is_refused_and_nothing_is_written()
			throws Exception {
		long id = gathering("条文不存在的征询");
		String code = this.venues.codeOf(LegislativeFixtures.contactPoint(this.venues));
		this.mvc
			.perform(post("/v/{code}/legislation/{id}", code, id).with(csrf())
				.param("article", "12")
				.param("text", "意见")
				.param("phone", "13704170312"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("草案第 1 稿没有第十二条")));
		this.mvc
			.perform(post("/v/{code}/legislation/{id}", code, id).with(csrf())
				.param("article", "3")
				.param("paragraph", "5")
				.param("text", "意见"))
			.andExpect(content().string(allOf(containsString("第三条只有 1 款"), containsString("请留下手机号码"))));
		assertThat(opinions(id)).isZero();
	}

	@Test
	void a_consultation_not_gathering_takes_no_opinion() throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210803");
		long id = gathering("已截止的征询");
		this.consultations.closeGathering(office, id);
		String code = this.venues.codeOf(LegislativeFixtures.contactPoint(this.venues));
		this.mvc
			.perform(post("/v/{code}/legislation/{id}", code, id).with(csrf())
				.param("text", "意见")
				.param("phone", "13704170312"))
			.andExpect(status().isNotFound());
		assertThat(opinions(id)).isZero();
	}

	@Test
	void an_informant_commenting_on_the_qr_page_counts_as_the_informant() throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210803");
		long point = LegislativeFixtures.infoPoint(this.venues);
		long informant = this.rosters.enrol(office, point,
				new NewInformant("赵老师", "TEACHER", "营口职业技术学院", "13904170777", true, null));
		long id = gathering("信息员扫码征询");
		this.mvc
			.perform(post("/v/{code}/legislation/{id}", this.venues.codeOf(point), id).with(csrf())
				.param("text", "整部草案应增加产教融合的激励措施")
				.param("phone", "139 0417 0777"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select informant_id from legislation_opinion where consultation_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(informant);
	}

	@Test
	void the_office_records_a_symposium_and_the_opinions_raised_there_counted_under_their_article() throws Exception {
		long id = gathering("座谈会征询");
		this.mvc
			.perform(post("/legislation/consultations/{id}/meetings", id).with(office())
				.with(csrf())
				.param("kind", "SYMPOSIUM")
				.param("heldOn", this.calendar.today().toString())
				.param("place", "西市区人大常委会会议室")
				.param("participants", "12"))
			.andExpect(flash().attribute("notice", "meeting.recorded"));
		long meeting = this.jdbc.sql("select id from legislation_meeting where consultation_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/legislation/consultations/{id}/opinions", id).with(office())
				.with(csrf())
				.param("meetingId", String.valueOf(meeting))
				.param("article", "2")
				.param("text", "适用范围应明确包括民办职业学校"))
			.andExpect(flash().attribute("notice", "draft-opinion.entered"));
		this.mvc
			.perform(post("/legislation/consultations/{id}/opinions", id).with(office())
				.with(csrf())
				.param("article", "2")
				.param("text", "没有出处的意见"))
			.andExpect(flash().attribute("problem", containsString("请选择提出意见的信息员")));
		this.mvc.perform(get("/legislation/consultations/{id}/opinions", id).param("article", "2").with(office()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("适用范围应明确包括民办职业学校"), containsString("线下活动"),
					containsString("座谈会，"), containsString("收集意见 1 条"))));
		assertThat(this.jdbc.sql("select channel from legislation_opinion where consultation_id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("MEETING");
	}

	private long gathering(String title) {
		return LegislativeFixtures.gathering(this.accounts, this.consultations, this.venues, this.calendar, title);
	}

	private long opinions(long consultation) {
		return LegislativeFixtures.opinions(this.jdbc, consultation);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor office() {
		return Staff.as(this.accounts, "office-210803");
	}

}
