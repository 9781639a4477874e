package org.lianxin.opinion;

/** How an opinion reached the platform. */
public enum IntakeChannel {

	/** A citizen scanned a deputy's or venue's code and used the public form. */
	QR_CODE,
	/** The public form, reached from the directory or the front page. */
	WEB,
	/** A deputy recorded what they collected offline. */
	DEPUTY,
	/** A station administrator recorded what the station received. */
	STATION,
	/** Office staff recorded a call to the hotline. */
	HOTLINE,
	/** Office staff recorded a letter. */
	LETTER,
	/** An Open311 client (a 12345 hotline system, an app). */
	OPEN311,
	/** Migrated from a spreadsheet. */
	IMPORT;

	/** Whether staff enter it on the citizen's behalf, with the day it was collected. */
	public boolean recordedByStaff() {
		return this == DEPUTY || this == STATION || this == HOTLINE || this == LETTER || this == IMPORT;
	}

}
