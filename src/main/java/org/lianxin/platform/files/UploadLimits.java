package org.lianxin.platform.files;

/**
 * How much a person may upload, sized for today's phone cameras (a 50-megapixel photo is
 * 15–25 MB). The one place these numbers live: the multipart parser, the filter that
 * refuses a body by its declared length, the photo checks, the forms' own check in the
 * browser and the messages all read them from here.
 */
public final class UploadLimits {

	/** One photo or document, in megabytes (as the messages say it). */
	public static final int MAX_FILE_MEGABYTES = 30;

	public static final long MAX_FILE_BYTES = MAX_FILE_MEGABYTES * 1024L * 1024;

	/** The most files a form takes (a citizen's photos, a duty record's evidence). */
	public static final int MAX_FILES = 4;

	/**
	 * A whole request: the most files at their largest, and room for the form's fields
	 * and the multipart framing.
	 */
	public static final long MAX_REQUEST_BYTES = MAX_FILES * MAX_FILE_BYTES + 8L * 1024 * 1024;

	private UploadLimits() {
	}

}
