package org.lianxin.legislation;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What a hostile or careless user sends the legislation pages, and what they get. */
@LianxinTest
class HostileInputTests {

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
	void a_public_opinion_with_a_nul_byte_an_overlong_text_or_a_phone_that_is_no_phone_writes_nothing()
			throws Exception {
		long id = gathering("恶意输入征询");
		String code = this.venues.codeOf(LegislativeFixtures.contactPoint(this.venues));
		this.mvc
			.perform(post("/v/{code}/legislation/{id}", code, id).with(csrf())
				.param("text", "意见\u0000见")
				.param("phone", "13704170312"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/v/{code}/legislation/{id}", code, id).with(csrf())
				.param("text", "长".repeat(10_000))
				.param("citizenName", "名".repeat(200))
				.param("phone", "not-a-phone"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2000")));
		this.mvc
			.perform(post("/v/{code}/legislation/{id}", code, id).with(csrf())
				.param("article", "99999999999")
				.param("text", "意见")
				.param("phone", "13704170312"))
			.andExpect(status().is4xxClientError());
		this.mvc
			.perform(post("/v/{code}/legislation/{id}", code, id).with(csrf())
				.param("text", "意见")
				.param("phone", "13704170312")
				.param("formToken", "x".repeat(500)))
			.andExpect(status().is3xxRedirection());
		assertThat(opinions(id)).isEqualTo(1);
	}

	@Test
	void a_consultation_of_another_point_is_not_found_on_a_points_public_page() throws Exception {
		long id = gathering("别处的征询");
		long foreignPoint = LegislativeFixtures.foreignPoint(this.venues);
		this.mvc
			.perform(post("/v/{code}/legislation/{id}", this.venues.codeOf(foreignPoint), id).with(csrf())
				.param("text", "意见")
				.param("phone", "13704170312"))
			.andExpect(status().isNotFound());
		assertThat(opinions(id)).isZero();
	}

	@Test
	void staff_of_another_division_get_not_found_for_every_consultation_route() throws Exception {
		long id = gathering("他区的征询");
		var foreign = Staff.as(this.accounts, "office-210802");
		for (String path : new String[] { "/legislation/consultations/{id}", "/legislation/consultations/{id}/opinions",
				"/legislation/consultations/{id}/changes", "/legislation/consultations/{id}/report.docx" }) {
			this.mvc.perform(get(path, id).with(foreign))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("他区的征询"))));
		}
		this.mvc
			.perform(
					post("/legislation/consultations/{id}/opinions", id).with(foreign).with(csrf()).param("text", "意见"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/legislation/consultations/{id}/close", id).with(foreign).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(opinions(id)).isZero();
	}

	@Test
	void an_informant_of_another_division_cannot_be_named_as_the_giver_of_an_opinion() throws Exception {
		CurrentUser foreignOffice = Staff.load(this.accounts, "office-210802");
		long foreignPoint = LegislativeFixtures.foreignPoint(this.venues);
		long stranger = this.rosters.enrol(foreignOffice, foreignPoint,
				new NewInformant("外区信息员", "LAWYER", null, "13904170999", true, null));
		long id = gathering("借用他区信息员");
		this.mvc
			.perform(post("/legislation/consultations/{id}/opinions", id).with(Staff.as(this.accounts, "office-210803"))
				.with(csrf())
				.param("informantId", String.valueOf(stranger))
				.param("text", "冒名的意见"))
			.andExpect(flash().attribute("problem", containsString("信息员")));
		assertThat(opinions(id)).isZero();
	}

	@Test
	void a_zip_bomb_or_a_renamed_file_as_the_draft_is_refused_with_a_message_and_nothing_written() throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210803");
		long id = this.consultations.receive(office, new NewConsultation(LegislativeFixtures.contactPoint(this.venues),
				"PROVINCIAL", "辽宁省人大常委会法工委", "炸弹草案", null, this.calendar.today().plusDays(20)));
		var as = Staff.as(this.accounts, "office-210803");
		this.mvc
			.perform(multipart("/legislation/consultations/{id}/drafts", id)
				.file(new MockMultipartFile("file", "draft.docx", "application/octet-stream", zipBomb()))
				.with(as)
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString(".docx")));
		this.mvc
			.perform(multipart("/legislation/consultations/{id}/drafts", id)
				.file(new MockMultipartFile("file", "draft.docx", "application/octet-stream",
						"第一条 纯文本改名".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.with(as)
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString(".docx")));
		assertThat(this.jdbc.sql("select count(*) from legislation_draft_version where consultation_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	private static byte[] zipBomb() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes());
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 50; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private long gathering(String title) {
		return LegislativeFixtures.gathering(this.accounts, this.consultations, this.venues, this.calendar, title);
	}

	private long opinions(long consultation) {
		return LegislativeFixtures.opinions(this.jdbc, consultation);
	}

}
