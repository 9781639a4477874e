package org.lianxin.opinion.internal;

import java.math.BigDecimal;

/**
 * What the citizen asks about, as it came in.
 *
 * @param mediaUrl photos an Open311 client links to instead of uploading
 */
public record CaseContent(long categoryId, boolean urgent, String description, String place, BigDecimal latitude,
		BigDecimal longitude, String mediaUrl) {
}
