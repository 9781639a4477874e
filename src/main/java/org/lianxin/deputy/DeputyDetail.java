package org.lianxin.deputy;

import java.util.ArrayList;
import java.util.List;

/** A deputy with every seat they hold or held, as the detail page shows them. */
public record DeputyDetail(long id, String name, Gender gender, String ethnicity, Integer birthYear, String party,
		String occupation, String employer, String phoneMasked, String bio, boolean hasPhoto,
		List<MembershipView> memberships) {

	/**
	 * The profile fields still empty, as message keys of their labels: the completeness
	 * indicator.
	 */
	public List<String> missingFields() {
		List<String> missing = new ArrayList<>();
		addIfBlank(missing, "deputy.gender", (this.gender != null) ? "x" : null);
		addIfBlank(missing, "deputy.ethnicity", this.ethnicity);
		addIfBlank(missing, "deputy.birth-year", (this.birthYear != null) ? "x" : null);
		addIfBlank(missing, "deputy.party", this.party);
		addIfBlank(missing, "deputy.occupation", this.occupation);
		addIfBlank(missing, "deputy.employer", this.employer);
		addIfBlank(missing, "deputy.phone", this.phoneMasked);
		addIfBlank(missing, "deputy.bio", this.bio);
		addIfBlank(missing, "deputy.photo", this.hasPhoto ? "x" : null);
		return missing;
	}

	/** Share of the profile filled in, 0 to 100. */
	public int completeness() {
		return 100 * (PROFILE_FIELDS - missingFields().size()) / PROFILE_FIELDS;
	}

	public boolean serving() {
		return this.memberships.stream().anyMatch(MembershipView::serving);
	}

	static final int PROFILE_FIELDS = 9;

	private static void addIfBlank(List<String> missing, String key, String value) {
		if (value == null || value.isBlank()) {
			missing.add(key);
		}
	}

}
