package org.lianxin.platform.files;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits Apache POI applies to every .xlsx and .docx it opens, so that a zip bomb is
 * refused before it is inflated. POI keeps them process-wide, so they are set in this one
 * place: two readers setting their own would each change the other's.
 */
public final class ZipBombLimits {

	/** A real workbook or draft inflates far less than a hundredfold. */
	private static final double MIN_INFLATE_RATIO = 0.01;

	/** Far above a workbook of a few thousand rows or a draft law. */
	private static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

	private ZipBombLimits() {
	}

	/** Sets the limits; call before opening an uploaded Office file. */
	public static void apply() {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
	}

}
