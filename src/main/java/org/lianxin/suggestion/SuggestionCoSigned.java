package org.lianxin.suggestion;

import java.time.LocalDate;

/**
 * A deputy confirmed, on their own account, that they co-sign a suggestion (附议): a duty
 * done by the co-signer.
 */
public record SuggestionCoSigned(long suggestionId, long deputyId, long congressId, String title,
		LocalDate confirmedOn) {
}
