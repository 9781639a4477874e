package org.lianxin.oversight.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.oversight.internal.HearingSignUps;
import org.lianxin.oversight.internal.HearingSignUps.OpenHearing;
import org.lianxin.oversight.internal.OversightPermissions;
import org.lianxin.oversight.internal.SeatState;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A deputy's own sign-ups, for the deputies' app: the hearings open to them, signing up
 * (a seat, else the waiting list) and withdrawing. Another region's hearing, or one no
 * longer open, answers 404; a step out of turn, 409.
 */
@RestController
@RequestMapping("/api/v1/court-observations/open")
@Tag(name = "Court observation")
@PreAuthorize("hasAuthority('" + OversightPermissions.HEARING_SIGN_UP + "')")
class CourtSignUpApiController {

	private final HearingSignUps signUps;

	CourtSignUpApiController(HearingSignUps signUps) {
		this.signUps = signUps;
	}

	@Operation(summary = "The hearings the signed-in deputy may sign up for, with seats taken and their own place")
	@GetMapping
	List<OpenHearing> list(@AuthenticationPrincipal CurrentUser user) {
		return this.signUps.openTo(user);
	}

	record SignedUp(SeatState state) {
	}

	@Operation(summary = "The signed-in deputy signs up: SIGNED_UP while seats last, else WAITING")
	@PostMapping("/{id}/sign-up")
	SignedUp signUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return new SignedUp(this.signUps.signUp(user, id));
	}

	@Operation(summary = "The signed-in deputy withdraws; the first waiting moves up")
	@PostMapping("/{id}/withdrawal")
	List<OpenHearing> withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.signUps.withdraw(user, id);
		return this.signUps.openTo(user);
	}

}
