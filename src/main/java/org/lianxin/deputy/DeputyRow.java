package org.lianxin.deputy;

/**
 * A deputy in a list: name, where they sit, whether they still serve, how complete the
 * profile is.
 *
 * @param seats e.g. "营口市人民代表大会、站前区人民代表大会"
 */
public record DeputyRow(long id, String name, Gender gender, String phoneMasked, String seats, String groups,
		boolean serving, int filledFields) {

	public int completeness() {
		return 100 * this.filledFields / DeputyDetail.PROFILE_FIELDS;
	}

}
