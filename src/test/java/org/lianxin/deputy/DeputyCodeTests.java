package org.lianxin.deputy;

import java.io.ByteArrayInputStream;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.platform.publiccode.PublicCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class DeputyCodeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DeputyCodes codes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_printed_qr_code_scans_to_the_deputys_public_page() throws Exception {
		long id = deputy("刘建华");
		byte[] png = this.mvc.perform(get("/deputies/{id}/qr.png", id).with(Staff.as(this.accounts, "admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// a generated image is clean and upright: decode it as such (PURE_BARCODE);
		// without the hint
		// ZXing's general detector misses about 3 in 1,000 synthetic images that phones
		// read fine
		String scanned = new QRCodeReader()
			.decode(new BinaryBitmap(
					new HybridBinarizer(new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png))))),
					Map.of(DecodeHintType.PURE_BARCODE, true))
			.getText();
		String code = this.codes.codeOf(Staff.load(this.accounts, "admin"), id);
		assertThat(scanned).isEqualTo("http://localhost:8080/d/" + code);
		assertThat(PublicCodes.isWellFormed(code)).isTrue();

		this.mvc.perform(get("/d/{code}", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("刘建华")))
			.andExpect(content().string(containsString("营口市人民代表大会代表")))
			.andExpect(content().string(not(containsString("0101"))));
	}

	@Test
	void a_reissued_code_retires_the_old_poster_with_410() throws Exception {
		long id = deputy("陈淑芬");
		String old = this.codes.codeOf(Staff.load(this.accounts, "admin"), id);
		this.mvc
			.perform(post("/deputies/{id}/public-code/reissue", id).with(Staff.as(this.accounts, "admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/d/{code}", old))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("此二维码已停用")));
		String fresh = this.codes.codeOf(Staff.load(this.accounts, "admin"), id);
		assertThat(fresh).isNotEqualTo(old);
		this.mvc.perform(get("/d/{code}", fresh)).andExpect(status().isOk());
	}

	@Test
	void an_unknown_or_malformed_code_is_a_friendly_404() throws Exception {
		this.mvc.perform(get("/d/ZZZZZZZZ"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("返回首页")));
		this.mvc.perform(get("/d/<script>")).andExpect(status().isNotFound());
	}

	@Test
	void the_svg_for_print_holds_the_same_code() throws Exception {
		long id = deputy("王秀英");
		this.mvc.perform(get("/deputies/{id}/qr.svg", id).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")));
		this.mvc.perform(get("/deputies/{id}/qr.svg", id).with(Staff.as(this.accounts, "office-210803")))
			.andExpect(status().isNotFound());
	}

	@Test
	void the_api_lists_deputies_in_scope_with_their_public_code_and_url() throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/auth/token").contentType("application/json")
				.content("{\"username\":\"office-210802\",\"password\":\"" + Staff.DEMO_PASSWORD + "\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = com.jayway.jsonpath.JsonPath.read(body, "$.token");
		String list = this.mvc
			.perform(get("/api/v1/deputies").param("q", "王秀英").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = com.jayway.jsonpath.JsonPath.read(list, "$[0].publicCode");
		assertThat(PublicCodes.isWellFormed(code)).isTrue();
		assertThat((String) com.jayway.jsonpath.JsonPath.read(list, "$[0].publicUrl"))
			.isEqualTo("http://localhost:8080/d/" + code);
		assertThat((String) com.jayway.jsonpath.JsonPath.read(list, "$[0].phoneMasked")).isEqualTo("139****0103");
		assertThat(list).doesNotContain("13904170103").doesNotContain("刘建华");
	}

	private long deputy(String name) {
		return this.jdbc.sql("select id from deputy where name = ? order by id limit 1")
			.param(name)
			.query(Long.class)
			.single();
	}

}
