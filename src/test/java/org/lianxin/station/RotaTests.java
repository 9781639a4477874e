package org.lianxin.station;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

@LianxinTest
class RotaTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VenueRegistry venues;

	@Autowired
	DeputyCodes codes;

	@Test
	void a_deputy_on_duty_shows_on_the_public_venue_page_and_in_their_calendar_feed() throws Exception {
		long home = venue("站前区人大代表之家");
		long deputy = deputy("王秀英");
		LocalDate day = nextReception(home);
		this.mvc
			.perform(post("/venues/{id}/rota", home).with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("day", day.toString())
				.param("deputyId", String.valueOf(deputy)))
			.andExpect(flash().attribute("notice", "rota.assigned"));

		this.mvc.perform(get("/v/{code}", this.venues.codeOf(home)))
			.andExpect(content().string(containsString("值班代表")))
			.andExpect(content().string(containsString("王秀英")));
		String code = this.codes.codeOf(Staff.load(this.accounts, "admin"), deputy);
		this.mvc.perform(get("/d/{code}/duty.ics", code))
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andExpect(content().string(containsString("BEGIN:VCALENDAR")))
			.andExpect(content().string(containsString("DTSTART;VALUE=DATE:" + day.toString().replace("-", ""))))
			.andExpect(content().string(containsString("站前区人大代表之家")));
	}

	@Test
	void a_deputy_on_duty_elsewhere_the_same_day_is_warned_about_and_a_non_reception_day_refused() throws Exception {
		long home = venue("站前区人大代表之家");
		long station = venue("建设街道人大代表联络站");
		long deputy = deputy("张国庆");
		LocalDate day = nextReception(home);
		assertThat(nextReception(station)).as("both receive on the 20th").isEqualTo(day);
		this.mvc.perform(post("/venues/{id}/rota", home).with(Staff.as(this.accounts, "office-210802"))
			.with(csrf())
			.param("day", day.toString())
			.param("deputyId", String.valueOf(deputy)));
		this.mvc
			.perform(post("/venues/{id}/rota", station).with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("day", day.toString())
				.param("deputyId", String.valueOf(deputy)))
			.andExpect(flash().attribute("warning", "注意：该代表当天还在站前区人大代表之家值班"));
		this.mvc
			.perform(post("/venues/{id}/rota", home).with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("day", day.plusDays(1).toString())
				.param("deputyId", String.valueOf(deputy)))
			.andExpect(flash().attribute("problem", "这一天不是本站点的接待日"));
		assertThat(this.jdbc.sql("select count(*) from rota_assignment where deputy_id = ? and day = ?")
			.params(deputy, day.plusDays(1))
			.query(Integer.class)
			.single()).isZero();
	}

	private LocalDate nextReception(long venueId) {
		return this.venues.nextReceptions(this.venues.get(Staff.load(this.accounts, "admin"), venueId), 1).get(0);
	}

	private long venue(String name) {
		return this.jdbc.sql("select id from venue where name = ?").param(name).query(Long.class).single();
	}

	private long deputy(String name) {
		return this.jdbc.sql("select id from deputy where name = ? order by id limit 1")
			.param(name)
			.query(Long.class)
			.single();
	}

}
