package org.lianxin.opinion;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class PublicOpinionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeputyCodes codes;

	@Autowired
	OpinionWorkflow workflow;

	@Autowired
	StaffAccounts accounts;

	@Test
	void a_citizen_who_scanned_a_deputys_code_submits_with_a_photo_and_gets_a_tracking_code() throws Exception {
		String code = deputyCode();
		this.mvc.perform(get("/d/{code}", code)).andExpect(content().string(containsString("/opinion/new?d=" + code)));
		this.mvc.perform(get("/opinion/new").param("d", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"opinion-source\"")));

		String location = this.mvc.perform(form(code, "token-photo-1", "北环路井盖缺失，夜间很危险").file(photo()))
			.andExpect(redirectedUrlPattern("/track/*?new"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var row = this.jdbc.sql("""
				select channel, deputy_id is not null as from_deputy, phone_masked,
				       (select count(*) from opinion_file f where f.opinion_id = o.id) as photos, tracking_code
				from opinion o where idempotency_key = 'form:token-photo-1'""")
			.query((rs,
					n) -> new Object[] { rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getInt(4),
							rs.getString(5) })
			.single();
		assertThat(row[0]).isEqualTo("QR_CODE");
		assertThat(row[1]).isEqualTo(true);
		assertThat(row[2]).isEqualTo("139****0002");
		assertThat(row[3]).isEqualTo(1);
		this.mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString((String) row[4])))
			.andExpect(content().string(containsString("北环路井盖缺失")))
			.andExpect(content().string(containsString("收到您反映的问题")));
	}

	@Test
	void sending_the_same_form_twice_creates_one_case_and_says_so() throws Exception {
		String code = deputyCode();
		String first = this.mvc.perform(form(code, "token-twice", "同一份表单提交两次"))
			.andExpect(redirectedUrlPattern("/track/*?new"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String second = this.mvc.perform(form(code, "token-twice", "同一份表单提交两次"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(second).isEqualTo(first.replace("?new", "?again=same"));
		this.mvc.perform(get(second))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您已提交过这条意见")))
			.andExpect(content().string(not(containsString("这次改动的内容没有保存"))));
		assertThat(this.jdbc.sql("select count(*) from opinion where description = '同一份表单提交两次'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void the_same_form_sent_again_with_changes_shows_the_first_case_and_saves_nothing() throws Exception {
		String code = deputyCode();
		String first = this.mvc.perform(form(code, "token-back-changed", "返回后改了再提交"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String second = this.mvc.perform(form(code, "token-back-changed", "返回后改了再提交，还补了一句"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(second).isEqualTo(first.replace("?new", "?again=changed"));
		this.mvc.perform(get(second))
			.andExpect(content().string(containsString("您已提交过这条意见")))
			.andExpect(content().string(containsString("这次改动的内容没有保存")))
			.andExpect(content().string(not(containsString("Idempotency-Key"))));
		assertThat(this.jdbc.sql("select count(*) from opinion where description like '返回后改了再提交%'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void the_browser_keeps_the_form_so_that_going_back_shows_the_same_token() throws Exception {
		this.mvc.perform(get("/opinion/new"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", not(containsString("no-store"))));
	}

	@Test
	void a_form_with_several_mistakes_shows_each_beside_its_field_with_what_was_typed() throws Exception {
		long before = this.jdbc.sql("select count(*) from opinion").query(Long.class).single();
		this.mvc
			.perform(multipart("/opinion/new").param("formToken", "token-all-errors")
				.param("categoryCode", "")
				.param("regionCode", "210802")
				.param("description", " ")
				.param("place", "北环路与渤海大街路口")
				.param("citizenName", "王先生")
				.param("phone", "12345")
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择问题分类")))
			.andExpect(content().string(containsString("请描述您反映的问题")))
			.andExpect(content().string(containsString("手机号码格式不正确")))
			.andExpect(content().string(containsString("value=\"北环路与渤海大街路口\"")))
			.andExpect(content().string(containsString("value=\"12345\"")))
			.andExpect(content().string(containsString("value=\"王先生\"")));
		assertThat(this.jdbc.sql("select count(*) from opinion").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void a_form_without_a_description_or_with_a_bad_photo_is_shown_again_with_the_message() throws Exception {
		long before = this.jdbc.sql("select count(*) from opinion").query(Long.class).single();
		this.mvc.perform(form(deputyCode(), "token-empty", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请描述您反映的问题")));
		this.mvc
			.perform(form(deputyCode(), "token-bad-photo", "照片不是图片")
				.file(new MockMultipartFile("photos", "x.jpg", "image/jpeg", "<?php echo 1; ?>".getBytes())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is-invalid")));
		assertThat(this.jdbc.sql("select count(*) from opinion").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void markup_in_a_description_is_shown_as_text() throws Exception {
		String location = this.mvc.perform(form(deputyCode(), "token-markup", "<script>alert(1)</script>路灯"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;路灯")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void a_citizen_finds_their_case_by_code_and_last_four_digits_and_rates_it_once_answered() throws Exception {
		String location = this.mvc.perform(form(deputyCode(), "token-rate", "小区门口积水"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var row = this.jdbc.sql("select id, tracking_code from opinion where idempotency_key = 'form:token-rate'")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		long id = (long) row[0];
		String trackingCode = (String) row[1];
		this.mvc
			.perform(post("/track").with(csrf()).param("code", trackingCode.toLowerCase()).param("lastFour", "0002"))
			.andExpect(redirectedUrlPattern("/track/*"));
		this.mvc.perform(post("/track").with(csrf()).param("code", trackingCode).param("lastFour", "9999"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("没有找到")));

		// the office answers directly; now the citizen may rate
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		this.workflow.answerDirectly(office, id, "已协调物业疏通排水管");
		String token = location.substring("/track/".length(), location.indexOf('?'));
		this.mvc.perform(get("/track/{t}", token))
			.andExpect(content().string(containsString("已协调物业疏通排水管")))
			.andExpect(content().string(containsString("rating-form")));
		this.mvc.perform(post("/track/{t}/rating", token).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择满意")));
		this.mvc.perform(post("/track/{t}/rating", token).with(csrf()).param("verdict", "SATISFIED"))
			.andExpect(redirectedUrlPattern("/track/*?rated"));
		assertThat(this.jdbc.sql("select rating from opinion where id = ?").param(id).query(String.class).single())
			.isEqualTo("SATISFIED");
		this.mvc.perform(get("/track/{t}", token)).andExpect(content().string(not(containsString("rating-form"))));
	}

	@Test
	void five_wrong_phone_digits_make_that_address_wait_for_that_code_but_not_the_citizen_or_the_link()
			throws Exception {
		String location = this.mvc.perform(form(deputyCode(), "token-lock", "锁定：查询码"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String code = this.jdbc.sql("select tracking_code from opinion where idempotency_key = 'form:token-lock'")
			.query(String.class)
			.single();
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(track(code, String.valueOf(5000 + i), "203.0.113.30")).andExpect(status().isNotFound());
		}
		this.mvc.perform(track(code, "5004", "203.0.113.30"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(matchesPattern("(?s).*输错次数过多，请于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 之后再试.*")));
		// the right digits wait too, from this address
		this.mvc.perform(track(code, "0002", "203.0.113.30")).andExpect(status().isTooManyRequests());
		// the citizen at home is not held back by the stranger, nor is the link
		this.mvc.perform(track(code, "0002", "198.51.100.30")).andExpect(redirectedUrlPattern("/track/*"));
		this.mvc.perform(get(location)).andExpect(status().isOk());
	}

	@Test
	void twenty_parallel_wrong_digits_for_one_code_are_checked_only_as_often_as_the_allowance() throws Exception {
		this.mvc.perform(form(deputyCode(), "token-parallel", "并发：查询码"));
		String code = this.jdbc.sql("select tracking_code from opinion where idempotency_key = 'form:token-parallel'")
			.query(String.class)
			.single();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
		java.util.List<Integer> statuses = new java.util.ArrayList<>();
		try {
			java.util.List<java.util.concurrent.Callable<Integer>> guesses = new java.util.ArrayList<>();
			for (int i = 0; i < 20; i++) {
				String digits = String.valueOf(6000 + i);
				guesses.add(() -> this.mvc.perform(track(code, digits, "203.0.113.31"))
					.andReturn()
					.getResponse()
					.getStatus());
			}
			for (java.util.concurrent.Future<Integer> guess : pool.invokeAll(guesses)) {
				statuses.add(guess.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		// five guesses checked: four told "not found", the fifth told to wait with the
		// rest
		assertThat(statuses).filteredOn(status -> status == 404).hasSize(4);
		assertThat(statuses).filteredOn(status -> status == 429).hasSize(16);
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder track(String code,
			String lastFour, String address) {
		return post("/track").with(csrf()).param("code", code).param("lastFour", lastFour).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	@Test
	void a_merged_case_shows_the_other_cases_progress_but_never_its_link() throws Exception {
		String mergedPage = this.mvc.perform(form(deputyCode(), "token-merged", "并案：同一路灯"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long merged = idOf("form:token-merged");
		this.mvc.perform(form(deputyCode(), "token-primary", "并案：同一路灯（先到的那件）"));
		long primary = idOf("form:token-primary");
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		this.workflow.merge(office, merged, primary, "同一路灯");
		this.workflow.answerDirectly(office, primary, "路灯已修好");
		String primaryToken = this.jdbc.sql("select link_token from opinion where id = ?")
			.param(primary)
			.query(String.class)
			.single();
		this.mvc.perform(get(mergedPage))
			.andExpect(content().string(containsString("合并办理")))
			.andExpect(content().string(containsString("路灯已修好")))
			.andExpect(content().string(not(containsString(primaryToken))))
			.andExpect(content().string(not(containsString("rating-form"))));
	}

	private long idOf(String key) {
		return this.jdbc.sql("select id from opinion where idempotency_key = ?").param(key).query(Long.class).single();
	}

	@Test
	void an_unknown_link_is_a_friendly_404() throws Exception {
		this.mvc.perform(get("/track/{t}", "x".repeat(43))).andExpect(status().isNotFound());
		this.mvc.perform(get("/track/{t}", "short")).andExpect(status().isNotFound());
	}

	private MockMultipartHttpServletRequestBuilder form(String deputyCode, String token, String description) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/opinion/new").param("d", deputyCode)
			.param("formToken", token)
			.param("categoryCode", "URBAN_CONSTRUCTION")
			.param("regionCode", "210802")
			.param("description", description)
			.param("phone", "13904170002")
			.with(csrf());
	}

	private String deputyCode() {
		long deputy = this.jdbc.sql("select id from deputy where name = '王秀英'").query(Long.class).single();
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		return this.codes.codeOf(office, deputy);
	}

	private static MockMultipartFile photo() throws Exception {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		return new MockMultipartFile("photos", "井盖.png", "image/png", png.toByteArray());
	}

}
