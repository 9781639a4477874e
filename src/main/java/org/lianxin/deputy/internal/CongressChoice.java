package org.lianxin.deputy.internal;

import java.time.LocalDate;

/** A congress term a seat can be given in. */
public record CongressChoice(long id, String name, int termNumber, String regionCode, LocalDate termStart,
		LocalDate termEnd) {

	public String label() {
		return this.name + " 第" + this.termNumber + "届";
	}

}
