package org.lianxin.suggestion.internal;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A deputy the lead deputy named as co-signer (附议); they count once they confirmed on
 * their own account.
 *
 * @param confirmedOn {@code null} until the co-signer confirms
 */
@Table("suggestion_co_signer")
record CoSigner(long deputyId, LocalDate confirmedOn) {

	boolean confirmed() {
		return this.confirmedOn != null;
	}

}
