package org.lianxin.account;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.lianxin.account.internal.PhoneKeys;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class PhoneNumbersTests {

	static final String KEY = "dGVzdHMtb25seS1waG9uZS1rZXktMzItYnl0ZXMtbG9uZyE=";

	@TempDir
	Path dir;

	private final OperationLog log = mock(OperationLog.class);

	private PhoneNumbers phones;

	@BeforeEach
	void configuredKey() {
		this.phones = new PhoneNumbers(PhoneKeys.configured(KEY, this.dir), this.log);
	}

	@Test
	void numbers_are_normalised_and_checked() {
		assertThat(PhoneNumbers.normalise("+86 138-1234-5678")).contains("13812345678");
		assertThat(PhoneNumbers.normalise("0417-1234567")).contains("04171234567");
		assertThat(PhoneNumbers.normalise("12345")).isEmpty();
		assertThat(PhoneNumbers.normalise("1381234567a")).isEmpty();
		assertThat(PhoneNumbers.normalise(null)).isEmpty();
	}

	@Test
	void screens_see_a_masked_number() {
		assertThat(PhoneNumbers.mask("13812345678")).isEqualTo("138****5678");
		assertThat(PhoneNumbers.mask("04171234567")).isEqualTo("0417***4567");
	}

	@Test
	void a_protected_number_holds_no_digits_in_clear_and_reveals_them_with_a_log_entry() {
		ProtectedPhone phone = this.phones.protect("138 1234 5678");
		assertThat(phone.cipherText()).startsWith("v1:").doesNotContain("13812345678");
		assertThat(phone.lastFour()).isEqualTo("5678");
		assertThat(phone.masked()).isEqualTo("138****5678");
		assertThat(this.phones.reveal(phone, "deputy 42", "回访")).isEqualTo("13812345678");
		verify(this.log).record("privacy.phone.reveal", "deputy 42", "回访");
	}

	@Test
	void the_same_number_encrypts_differently_each_time_but_hashes_alike() {
		ProtectedPhone first = this.phones.protect("13812345678");
		ProtectedPhone second = this.phones.protect("+8613812345678");
		assertThat(first.cipherText()).isNotEqualTo(second.cipherText());
		assertThat(first.lookupHash()).isEqualTo(second.lookupHash())
			.isEqualTo(this.phones.lookupHashOf("138-1234-5678").orElseThrow());
	}

	@Test
	void a_tampered_or_foreign_cipher_text_is_refused() {
		ProtectedPhone phone = this.phones.protect("13812345678");
		String tampered = phone.cipherText().substring(0, phone.cipherText().length() - 2) + "AA";
		assertThatIllegalStateException().isThrownBy(() -> this.phones
			.reveal(new ProtectedPhone(tampered, phone.lookupHash(), phone.lastFour(), phone.masked()), "x", "y"));
		PhoneNumbers otherKey = new PhoneNumbers(PhoneKeys.fromFile(this.dir.resolve("other.key")), this.log);
		assertThatIllegalStateException().isThrownBy(() -> otherKey.reveal(phone, "x", "y"));
	}

	@Test
	void outside_production_the_key_is_created_once_and_kept() throws Exception {
		Path file = this.dir.resolve("keys/phone.key");
		PhoneNumbers first = new PhoneNumbers(PhoneKeys.fromFile(file), this.log);
		ProtectedPhone phone = first.protect("13812345678");
		assertThat(Files.readString(file)).isNotBlank();
		PhoneNumbers afterRestart = new PhoneNumbers(PhoneKeys.fromFile(file), this.log);
		assertThat(afterRestart.reveal(phone, "x", "y")).isEqualTo("13812345678");
	}

	@Test
	void production_refuses_to_start_without_a_configured_key() {
		MockEnvironment prod = new MockEnvironment();
		prod.setActiveProfiles("prod");
		assertThatIllegalStateException().isThrownBy(() -> PhoneKeys.create("", this.dir.resolve("k"), prod))
			.withMessageContaining("LIANXIN_PRIVACY_PHONE_KEY");
		assertThatIllegalStateException().isThrownBy(() -> PhoneKeys.create("c2hvcnQ=", this.dir.resolve("k"), prod))
			.withMessageContaining("32 bytes");
	}

}
