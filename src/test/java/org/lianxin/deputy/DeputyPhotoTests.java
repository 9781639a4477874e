package org.lianxin.deputy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class DeputyPhotoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DeputyCodes codes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_uploaded_photo_is_re_encoded_without_its_hidden_data_and_shown_on_the_public_card() throws Exception {
		long id = deputy("张国庆");
		byte[] upload = jpegWithComment(2400, 1800, "GPS 40.66N 122.23E SECRET");
		this.mvc
			.perform(multipart("/deputies/{id}/photo", id)
				.file(new MockMultipartFile("photo", "me.jpg", "image/jpeg", upload))
				.with(Staff.as(this.accounts, "office-210802"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "deputy.photo.saved"));

		String code = this.codes.codeOf(Staff.load(this.accounts, "admin"), id);
		byte[] served = this.mvc.perform(get("/d/{code}/photo.jpg", code))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("SECRET");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(served));
		assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(1600);
		this.mvc.perform(get("/d/{code}", code))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("/d/" + code + "/photo.jpg")));
	}

	@Test
	void a_file_that_is_not_a_photo_is_refused_with_a_message_and_nothing_changes() throws Exception {
		long id = deputy("李春梅");
		String before = photoKey(id);
		this.mvc.perform(multipart("/deputies/{id}/photo", id)
			.file(new MockMultipartFile("photo", "photo.jpg", "image/jpeg",
					"name,phone\n张三,13800000000\n".getBytes(StandardCharsets.UTF_8)))
			.with(Staff.as(this.accounts, "office-210802"))
			.with(csrf())).andExpect(flash().attribute("problem", "只能上传 JPG 或 PNG 格式的照片"));
		this.mvc
			.perform(multipart("/deputies/{id}/photo", id).with(Staff.as(this.accounts, "office-210802")).with(csrf()))
			.andExpect(flash().attribute("problem", "请选择一张照片"));
		assertThat(photoKey(id)).isEqualTo(before);
	}

	@Test
	void a_deputy_outside_the_scope_cannot_be_given_a_photo() throws Exception {
		long id = deputy("张国庆");
		this.mvc
			.perform(multipart("/deputies/{id}/photo", id)
				.file(new MockMultipartFile("photo", "me.jpg", "image/jpeg", jpegWithComment(10, 10, "x")))
				.with(Staff.as(this.accounts, "office-210803"))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	private static byte[] jpegWithComment(int width, int height, String comment) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		byte[] jpeg = out.toByteArray();
		byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
		// a COM segment right after the SOI marker, as cameras and editors add them
		ByteArrayOutputStream withComment = new ByteArrayOutputStream();
		withComment.write(jpeg, 0, 2);
		withComment
			.write(new byte[] { (byte) 0xFF, (byte) 0xFE, (byte) ((text.length + 2) >> 8), (byte) (text.length + 2) });
		withComment.write(text);
		withComment.write(jpeg, 2, jpeg.length - 2);
		return withComment.toByteArray();
	}

	private long deputy(String name) {
		return this.jdbc.sql("select id from deputy where name = ? order by id limit 1")
			.param(name)
			.query(Long.class)
			.single();
	}

	private String photoKey(long id) {
		return this.jdbc.sql("select coalesce(photo_key, '') from deputy where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

}
