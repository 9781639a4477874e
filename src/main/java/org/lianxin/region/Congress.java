package org.lianxin.region;

import java.time.LocalDate;

/** The people's congress (人民代表大会) of a region and its current term (届). */
public record Congress(long id, String regionCode, String name, int termNumber, LocalDate termStart,
		LocalDate termEnd) {
}
