package org.lianxin.duty.internal;

import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.deputy.DeputyGroups;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.region.RegionManagement;

import org.springframework.stereotype.Component;

/**
 * Which deputies a user may record something for: a deputy only themselves; a group
 * liaison their groups' deputies; other staff the deputies whose home region (the office
 * that verifies their records) lies in their data scope; and only while they hold a seat.
 * Duty records, reports to voters and training attendance all ask here.
 */
@Component
class DeputyReach {

	private final DeputyAccounts deputyAccounts;

	private final RegionManagement regions;

	private final DeputyGroups groups;

	DeputyReach(DeputyAccounts deputyAccounts, RegionManagement regions, DeputyGroups groups) {
		this.deputyAccounts = deputyAccounts;
		this.regions = regions;
		this.groups = groups;
	}

	/** Refuses a deputy who held no seat on that day, naming them and the day. */
	void requireServing(long deputyId, java.time.LocalDate day, String field) {
		if (!this.deputyAccounts.servingOn(deputyId, day)) {
			throw new RuleViolationException(field, "duty.deputy.not-serving",
					this.deputyAccounts.nameOf(deputyId).orElse("#" + deputyId), day);
		}
	}

	boolean reaches(CurrentUser user, long deputyId) {
		return switch (user.scope().kind()) {
			case OWN_RECORDS -> this.deputyAccounts.deputyOf(user.id()).equals(Optional.of(deputyId));
			case OWN_GROUPS -> this.groups.liaises(user.id(), deputyId);
			default -> this.deputyAccounts.homeRegion(deputyId)
				.flatMap(this.regions::find)
				.filter(region -> user.scope().coversRegion(region.code(), region.path()))
				.isPresent();
		};
	}

}
