package org.lianxin.platform.files;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.lianxin.Photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImagesTests {

	@Test
	void a_photo_taken_with_the_phone_held_upright_comes_out_upright() throws Exception {
		// orientation 6: the sensor's pixels are stored turned; shown turned a quarter
		// clockwise
		byte[] sideways = Photos.withOrientation(Photos.jpeg(400, 200), 6);

		BufferedImage clean = read(Images.cleanPhoto(sideways));

		assertThat(clean.getWidth()).isEqualTo(200);
		assertThat(clean.getHeight()).isEqualTo(400);
		// the red top-left corner of the stored pixels is now top right
		assertThat(isRed(clean.getRGB(190, 10))).isTrue();
		assertThat(isRed(clean.getRGB(10, 10))).isFalse();
	}

	@Test
	void every_exif_orientation_turns_or_mirrors_the_red_corner_where_it_belongs() throws Exception {
		// where the stored top-left corner is shown: {x at right?, y at bottom?}
		boolean[][] corner = { {}, { false, false }, { true, false }, { true, true }, { false, true }, { false, false },
				{ true, false }, { true, true }, { false, true } };
		for (int orientation = 1; orientation <= 8; orientation++) {
			BufferedImage clean = read(Images.cleanPhoto(Photos.withOrientation(Photos.jpeg(400, 200), orientation)));
			int x = corner[orientation][0] ? clean.getWidth() - 10 : 10;
			int y = corner[orientation][1] ? clean.getHeight() - 10 : 10;
			assertThat(isRed(clean.getRGB(x, y))).as("orientation %d", orientation).isTrue();
			assertThat(clean.getWidth()).as("orientation %d", orientation).isEqualTo((orientation >= 5) ? 200 : 400);
		}
	}

	@Test
	void the_orientation_note_itself_is_not_kept() throws Exception {
		byte[] clean = Images.cleanPhoto(Photos.withOrientation(Photos.jpeg(400, 200), 6));

		assertThat(ExifOrientation.of(clean)).isEqualTo(ExifOrientation.NORMAL);
		assertThat(new String(clean, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
	}

	@Test
	void a_photo_whose_header_claims_more_pixels_than_the_cap_is_refused_before_it_is_decoded() {
		// 10000 × 10000 would take 400 MB to decode; the pixels behind the header are
		// only 64 × 64, so decoding it would fail differently ("unreadable")
		byte[] bomb = Photos.claimingSize(Photos.jpeg(64, 64), 10_000, 10_000);

		assertThatThrownBy(() -> Images.cleanPhoto(bomb)).isInstanceOf(Images.RejectedImage.class)
			.extracting(ex -> ((Images.RejectedImage) ex).messageKey())
			.isEqualTo("image.too-many-pixels");
	}

	@Test
	void a_50_megapixel_camera_is_within_the_cap() {
		assertThat(8160L * 6120).isLessThanOrEqualTo(Images.MAX_PIXELS);
	}

	@Test
	void a_photo_as_large_as_a_phone_makes_it_is_taken_and_a_larger_one_refused() throws Exception {
		byte[] large = Photos.paddedTo(Photos.jpeg(800, 600), 26 * 1024 * 1024);
		assertThat(read(Images.cleanPhoto(large)).getWidth()).isEqualTo(800);

		byte[] tooLarge = Photos.paddedTo(Photos.jpeg(800, 600), (int) UploadLimits.MAX_FILE_BYTES + 1);
		assertThatThrownBy(() -> Images.cleanPhoto(tooLarge)).isInstanceOf(Images.RejectedImage.class)
			.extracting(ex -> ((Images.RejectedImage) ex).messageKey())
			.isEqualTo("image.too-large");
	}

	@Test
	void a_large_photo_is_stored_at_most_1600_pixels_on_its_longer_side() throws Exception {
		BufferedImage clean = read(Images.cleanPhoto(Photos.jpeg(4000, 3000)));

		assertThat(clean.getWidth()).isEqualTo(1600);
		assertThat(clean.getHeight()).isEqualTo(1200);
	}

	@Test
	void broken_or_hostile_exif_blocks_are_read_as_no_orientation_without_failing() {
		byte[] photo = Photos.withOrientation(Photos.jpeg(40, 20), 6);
		assertThat(ExifOrientation.of(photo)).isEqualTo(6);
		// every cut of the file, and random bytes in the EXIF block
		for (int length = 0; length < 200; length++) {
			assertThat(ExifOrientation.of(Arrays.copyOf(photo, length))).isBetween(1, 8);
		}
		Random random = new Random(42);
		int exif = indexOf(photo, "Exif");
		for (int round = 0; round < 2000; round++) {
			byte[] broken = photo.clone();
			for (int i = 0; i < 4; i++) {
				broken[exif + 6 + random.nextInt(30)] = (byte) random.nextInt(256);
			}
			assertThat(ExifOrientation.of(broken)).isBetween(1, 8);
		}
		assertThat(ExifOrientation.of("not a jpeg".getBytes())).isEqualTo(ExifOrientation.NORMAL);
	}

	private static int indexOf(byte[] bytes, String text) {
		return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(text);
	}

	private static BufferedImage read(byte[] jpeg) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(jpeg));
	}

	private static boolean isRed(int rgb) {
		Color color = new Color(rgb);
		return color.getRed() > 200 && color.getBlue() < 60;
	}

}
