package org.lianxin.platform.logging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EscapedMessageTests {

	@Test
	void every_control_character_and_line_separator_is_escaped() {
		assertThat(EscapedMessage.escape("a\r\nb\tc\u0000d\u0085e\u2028f\u2029g"))
			.isEqualTo("a\\r\\nb\\tc\\u0000d\\u0085e\\u2028f\\u2029g");
		// a backslash is doubled only where an escape could be faked
		assertThat(EscapedMessage.escape("C:\\path\nx")).isEqualTo("C:\\\\path\\nx");
		assertThat(EscapedMessage.escape("C:\\path")).isEqualTo("C:\\path");
		assertThat(EscapedMessage.escape("连心 plain")).isEqualTo("连心 plain");
	}

	@Test
	void a_private_link_or_an_open311_token_in_a_logged_path_is_masked() {
		assertThat(EscapedMessage.withoutSecrets("answered /track/Ab3-xY_9 with 503"))
			.isEqualTo("answered /track/*** with 503");
		assertThat(EscapedMessage.withoutSecrets("answered /track/Ab3/rating with 503"))
			.isEqualTo("answered /track/***/rating with 503");
		assertThat(EscapedMessage.withoutSecrets("answered /open311/v2/tokens/LX12AB34.json with 503"))
			.isEqualTo("answered /open311/v2/tokens/***.json with 503");
	}

}
