package org.lianxin.suggestion.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.lianxin.account.CurrentUser;

/**
 * The steps a user may take on a suggestion now, for the buttons on its page; the step
 * itself checks again. An agency acts only where it leads (or co-handles, for its view);
 * a deputy only on their own suggestion or one they were asked to co-sign.
 */
public final class SuggestionActions {

	private SuggestionActions() {
	}

	/**
	 * @param deputyId the deputy the user's account belongs to, or {@code null}
	 */
	public static List<SuggestionAction> of(CurrentUser user, SuggestionDetail detail, Long deputyId) {
		Long agency = user.scope().agencyId();
		boolean lead = agency != null && agency.equals(detail.leadAgencyId());
		return Arrays.stream(SuggestionAction.values())
			.filter(action -> detail.status().allows(action) && SuggestionWorkflow.mayTake(user, action))
			.filter(action -> switch (action) {
				case SIGN, REQUEST_RETURN, CONTACT, REPLY -> lead;
				case EXTEND -> lead && detail.pendingExtension() == null;
				case DECIDE_EXTENSION -> detail.pendingExtension() != null;
				case CO_VIEW -> detail.coAgencies()
					.stream()
					.anyMatch(co -> co.agencyId() == Objects.requireNonNullElse(agency, -1L) && co.viewedOn() == null);
				case FILE -> Objects.equals(deputyId, detail.leadDeputyId());
				case CO_SIGN -> detail.coSigners()
					.stream()
					.anyMatch(co -> Objects.equals(co.deputyId(), deputyId) && co.confirmedOn() == null);
				case RATE -> deputyId != null && mayRate(detail, deputyId);
				default -> true;
			})
			.toList();
	}

	private static boolean mayRate(SuggestionDetail detail, long deputyId) {
		boolean signer = deputyId == detail.leadDeputyId()
				|| detail.coSigners().stream().anyMatch(co -> co.deputyId() == deputyId && co.confirmedOn() != null);
		boolean rated = detail.ratings()
			.stream()
			.anyMatch(r -> r.deputyId() == deputyId && r.handlingRound() == detail.handlingRound());
		return signer && !rated;
	}

	/** The action as it appears in a page's URL, e.g. {@code request-return}. */
	public static String path(SuggestionAction action) {
		return action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static SuggestionAction fromPath(String path) {
		return SuggestionAction.valueOf(path.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
	}

}
