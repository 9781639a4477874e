package org.lianxin.boundaries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file is one idea: when one grows past 300 lines it holds two, and the next engineer
 * reads both to change one.
 */
class SourceFileSizeTests {

	private static final int MOST_LINES = 300;

	private static final int MOST_LINES_ON_AVERAGE = 100;

	@Test
	void no_main_source_file_is_longer_than_three_hundred_lines_and_most_are_short() throws IOException {
		Map<String, Long> lines = new TreeMap<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				try (Stream<String> text = Files.lines(file)) {
					lines.put(file.toString(), text.count());
				}
			}
		}
		assertThat(lines).isNotEmpty();
		assertThat(lines).allSatisfy((file, count) -> assertThat(count).as(file).isLessThanOrEqualTo(MOST_LINES));
		assertThat(lines.values().stream().mapToLong(Long::longValue).average().orElseThrow())
			.isLessThan(MOST_LINES_ON_AVERAGE);
	}

}
