package org.lianxin.duty.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.lianxin.platform.files.Images;
import org.lianxin.platform.files.UploadLimits;
import org.lianxin.platform.web.RuleViolationException;

/**
 * A duty record's evidence as it is kept: a photo (re-encoded, so nothing but the picture
 * survives) or a PDF document (a meeting notice, a scanned sign-in sheet), each at most
 * {@link Images#MAX_BYTES}. Made before the record's transaction opens: cleaning a photo
 * takes seconds.
 */
record Evidence(byte[] bytes, String extension) {

	private static final byte[] PDF_START = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** The upload as evidence, or the reason it is refused. */
	static Evidence of(byte[] upload) {
		if (startsWith(upload, PDF_START)) {
			if (upload.length > Images.MAX_BYTES) {
				throw new RuleViolationException("photos", "duty.evidence.too-large", UploadLimits.MAX_FILE_MEGABYTES);
			}
			// a whole document ends with %%EOF (allowing for trailing line breaks)
			byte[] tail = Arrays.copyOfRange(upload, Math.max(0, upload.length - 1024), upload.length);
			if (indexOf(tail, PDF_END) < 0) {
				throw new RuleViolationException("photos", "duty.evidence.broken-pdf");
			}
			return new Evidence(upload, "pdf");
		}
		try {
			return new Evidence(Images.cleanPhoto(upload), "jpg");
		}
		catch (Images.RejectedImage ex) {
			throw new RuleViolationException("photos",
					ex.messageKey().equals("image.not-an-image") ? "duty.evidence.type" : ex.messageKey(),
					ex.arguments());
		}
	}

	/** The content type a stored key's extension stands for. */
	static String contentTypeOf(String fileKey) {
		return fileKey.endsWith(".pdf") ? "application/pdf" : "image/jpeg";
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static int indexOf(byte[] bytes, byte[] part) {
		for (int i = 0; i + part.length <= bytes.length; i++) {
			if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
				return i;
			}
		}
		return -1;
	}

}
