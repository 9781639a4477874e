package org.lianxin.platform.backup;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.lianxin.LianxinApplication;
import org.lianxin.account.PhoneNumbers;
import org.lianxin.account.ProtectedPhone;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.Receipt;
import org.lianxin.opinion.Submission;
import org.lianxin.platform.files.FileStore;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a city would do: back up the running platform with the command, restore the
 * archive into a new directory, start the platform on it with nothing but its data
 * directory set, and find the cases, their photos and readable phone numbers.
 */
class BackupOfTheRunningPlatformTests {

	@TempDir
	Path dir;

	@Test
	void a_platform_restored_from_a_backup_taken_while_it_ran_has_the_cases_photos_and_phone_numbers()
			throws Exception {
		Path data = this.dir.resolve("data");
		Receipt receipt;
		byte[] storedPhoto;
		long cases;
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		try (ConfigurableApplicationContext running = start(data.resolve("pg"), "demo")) {
			receipt = running.getBean(OpinionIntake.class)
				.submit(new Submission(IntakeChannel.WEB, "URBAN_CONSTRUCTION", "210802001", null, null, "备份：井盖缺失",
						null, null, null, "周女士", "13904170011", null, false, false, List.of(photo()), null, null, null,
						null));
			JdbcClient jdbc = running.getBean(JdbcClient.class);
			storedPhoto = running.getBean(FileStore.class).get(photoKey(jdbc, receipt)).orElseThrow();
			cases = jdbc.sql("select count(*) from opinion").query(Long.class).single();

			PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
			assertThat(BackupCommand
				.run(new String[] { "backup", "--data=" + data, "--to=" + this.dir.resolve("city.zip") }, out, out))
				.as(output.toString(StandardCharsets.UTF_8))
				.isZero();
		}
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("online backup", "Phone key included");

		Path restored = this.dir.resolve("restored");
		assertThat(BackupCommand.run(
				new String[] { "restore", "--from=" + this.dir.resolve("city.zip"), "--to=" + restored }, System.out,
				System.err))
			.isZero();
		// nothing of the original may help the restored platform along
		deleteRecursively(data);

		try (ConfigurableApplicationContext back = start(restored.resolve("pg"))) {
			JdbcClient jdbc = back.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from opinion").query(Long.class).single()).isEqualTo(cases);
			assertThat(back.getBean(FileStore.class).get(photoKey(jdbc, receipt))).hasValue(storedPhoto);
			ProtectedPhone phone = jdbc
				.sql("select phone_cipher, phone_hash, phone_last4, phone_masked from opinion where id = ?")
				.param(receipt.id())
				.query((row, n) -> new ProtectedPhone(row.getString(1), row.getString(2), row.getString(3),
						row.getString(4)))
				.single();
			// a key created afresh on start would fail here: only the backed-up one reads
			// it
			assertThat(back.getBean(PhoneNumbers.class).reveal(phone, "opinion " + receipt.id(), "backup test"))
				.isEqualTo("13904170011");
		}
	}

	/**
	 * The platform as deployed: its own data directory, the uploaded files and the phone
	 * key beside it (where the defaults put them; the test configuration moves them).
	 */
	private static ConfigurableApplicationContext start(Path database, String... profiles) {
		return new SpringApplicationBuilder(LianxinApplication.class).profiles(profiles)
			.run("--server.port=0", "--lianxin.scheduler.enabled=false", "--lianxin.embedded-postgres.ephemeral=false",
					"--lianxin.embedded-postgres.data-dir=" + database,
					"--lianxin.files.dir=${lianxin.embedded-postgres.data-dir}/../files",
					"--lianxin.privacy.phone-key=");
	}

	private static String photoKey(JdbcClient jdbc, Receipt receipt) {
		return jdbc.sql("select file_key from opinion_file where opinion_id = ? and kind = 'PHOTO'")
			.param(receipt.id())
			.query(String.class)
			.single();
	}

	private static byte[] photo() throws Exception {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 4, 0xC0FFEE);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		return png.toByteArray();
	}

	private static void deleteRecursively(Path root) throws Exception {
		try (var paths = Files.walk(root)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

}
