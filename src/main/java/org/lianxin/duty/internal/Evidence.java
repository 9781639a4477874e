package org.lianxin.duty.internal;

import org.lianxin.platform.files.Documents;
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

	/** The upload as evidence, or the reason it is refused. */
	static Evidence of(byte[] upload) {
		if (Documents.startsAsPdf(upload)) {
			if (upload.length > Images.MAX_BYTES) {
				throw new RuleViolationException("photos", "duty.evidence.too-large", UploadLimits.MAX_FILE_MEGABYTES);
			}
			if (!Documents.isWholePdf(upload)) {
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

}
