package org.lianxin.deputy;

/**
 * What is known about a deputy as a person; everything but the name may still be missing.
 *
 * @param phone as typed; stored only encrypted
 */
public record DeputyProfile(String name, Gender gender, String ethnicity, Integer birthYear, String party,
		String occupation, String employer, String phone, String bio) {
}
